import { defineConfig } from 'vite';
// @ts-expect-error -- plain JavaScript module shared with the test server and `npm run registry`
import { connectMiddleware } from '../test/fake-registry/registry.js';

/** `npm run storybook` serves the fake registry at /api/v2 beside the stories. */
export default defineConfig({
  plugins: [
    {
      name: 'trial-summary-fake-registry',
      configureServer(server) {
        server.middlewares.use(connectMiddleware());
      },
    },
  ],
});

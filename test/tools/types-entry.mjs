#!/usr/bin/env node
// Puts a declaration file beside each ES entry (dist/trial-summary.d.ts, dist/trial-summary-element.d.ts),
// pointing at the declarations tsc wrote to dist/types/.
import { writeFileSync } from 'node:fs';

const entries = {
  'dist/trial-summary.d.ts': './types/index.js',
  'dist/trial-summary-element.d.ts': './types/trial-summary.js',
};
for (const [file, target] of Object.entries(entries)) {
  writeFileSync(file, `export * from '${target}';\n`);
}

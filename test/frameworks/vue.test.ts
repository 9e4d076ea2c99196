/** The README's Vue example (a single-file component), mounted with createApp against the fake registry. */
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, type App } from 'vue';
import VueExample from './VueExample.vue';

describe('Vue 3 example', () => {
  let host: HTMLElement;
  let app: App;
  let warnings: string[];
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    warnings = [];
  });
  afterEach(() => {
    app.unmount();
    host.remove();
  });

  it('renders the card and hears its load event through @trial-summary-load', async () => {
    app = createApp(VueExample, { nct: 'NCT06097962', apiBase: '/api/v2' });
    // "Failed to resolve component" here would mean the isCustomElement setting is missing.
    app.config.warnHandler = (message) => warnings.push(message);
    app.mount(host);
    await waitUntil(() => host.querySelector('trial-summary'), 'no element');
    const card = host.querySelector('trial-summary')!;
    await waitUntil(() => card.shadowRoot?.querySelector('#title'), 'no title', { timeout: 10000 });
    expect(card.shadowRoot!.querySelector('#title')!.textContent).to.include('NK510');
    expect(card.getAttribute('layout')).to.equal('card');
    expect(card.getAttribute('api-base')).to.equal('/api/v2');
    await waitUntil(() =>
      host.querySelector('section')!.getAttribute('aria-label')!.includes('NK510'),
    );
    expect(warnings).to.deep.equal([]);
    await expect(host).to.be.accessible();
  });
});

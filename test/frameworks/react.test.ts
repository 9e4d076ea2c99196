/** The README's React example, mounted with react-dom/client against the fake registry. */
import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { StudyCard } from './react-example.tsx';

describe('React 19 example', () => {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('renders the card and hears its load event through an ontrial-summary-load prop', async () => {
    root.render(createElement(StudyCard, { nct: 'NCT06097962', apiBase: '/api/v2' }));
    await waitUntil(() => host.querySelector('trial-summary'), 'no element');
    const card = host.querySelector('trial-summary')!;
    await waitUntil(() => card.shadowRoot?.querySelector('#title'), 'no title', { timeout: 10000 });
    const title = card.shadowRoot!.querySelector('#title')!.textContent!;
    expect(title).to.include('NK510');
    expect(card.getAttribute('layout')).to.equal('card');
    expect(card.getAttribute('api-base')).to.equal('/api/v2');
    // The event handler set React state: the section is now named after the study's brief title.
    await waitUntil(() =>
      host.querySelector('section')!.getAttribute('aria-label')!.includes('NK510'),
    );
    await expect(host).to.be.accessible();
  });
});

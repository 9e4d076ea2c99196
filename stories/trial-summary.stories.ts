/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import manifest from '../custom-elements.json';
import { version } from '../package.json';
import { elementTag, moduleSnippet, scriptSnippet } from '../demo/embed-options.js';
import type { NctId } from '../src/registry/ids.js';

/**
 * Stories talk to the fake registry: `npm run storybook` serves it at /api/v2. A static build
 * (`npm run storybook:build`) has no server of its own: run `npm run registry` beside it (port 8787).
 */
const REGISTRY = import.meta.env.DEV ? '/api/v2' : 'http://127.0.0.1:8787/api/v2';
const faulty = (fault: string) => REGISTRY.replace('/api/v2', `/__fault/${fault}/api/v2`);

/** The element's description from custom-elements.json (shown at the top of the docs page). */
const DESCRIPTION =
  manifest.modules
    .flatMap((m) => (m.declarations ?? []) as { tagName?: string; description?: string }[])
    .find((d) => d.tagName === 'trial-summary')?.description ?? '';

/**
 * How to embed, on the docs page: the module tag first, then the one script, as the embed builder
 * (demo/builder.html) writes them (with the builds' real hashes there; `sha384-…` stands in for them here).
 */
const EXAMPLE_TAG = elementTag('NCT06097962' as NctId, []);
const EMBED = `## Embed

**Module tag** from a CDN: each reader downloads what the first screen needs first, the rest only when needed.

\`\`\`html
${moduleSnippet(EXAMPLE_TAG, version, 'sha384-…')}
\`\`\`

The integrity hash (\`dist/cdn/trial-summary.js.sri\`) covers only the entry file: the chunks it imports from the
same folder are fetched without an integrity check, so keep the version in the address pinned. Module scripts are
fetched with CORS: the CDN must send \`Access-Control-Allow-Origin\`, and the page's \`script-src\` must allow
its origin.

**One script** pinned whole by its hash (\`dist/trial-summary.iife.js.sri\`), for blogs, CMS pages and plain
HTML:

\`\`\`html
${scriptSnippet(EXAMPLE_TAG, version, 'sha384-…')}
\`\`\`

The embed builder (\`npm start\`, then /demo/builder.html) writes both for a study with the real hashes, and an
iframe for sites that remove scripts.`;

interface Args {
  nct: string;
  'api-base': string;
  timeout?: number;
  'signup-action'?: string;
  'terms-href'?: string;
  'privacy-href'?: string;
  'signup-encoding'?: 'json' | 'form';
  'cache-ttl'?: number;
  loading?: 'lazy' | 'eager';
  theme?: 'auto' | 'light' | 'dark';
  layout?: 'full' | 'card';
  sections?: string;
  'heading-level'?: number;
  lang?: string;
  'structured-data'?: boolean;
}

const meta: Meta<Args> = {
  title: 'trial-summary',
  component: 'trial-summary',
  args: { nct: 'NCT06097962', 'api-base': REGISTRY },
  parameters: { docs: { description: { component: `${DESCRIPTION}\n\n${EMBED}` } } },
  argTypes: {
    nct: { control: 'text', description: 'NCT number of the study' },
    'api-base': { control: 'text', description: 'API v2 base URL' },
    timeout: { control: { type: 'number', min: 1 }, description: 'Seconds before giving up' },
    'signup-action': { control: 'text', description: 'Where the sign-up form posts JSON' },
    'terms-href': { control: 'text', description: 'The host’s terms of use' },
    'privacy-href': { control: 'text', description: 'The host’s privacy policy' },
    'signup-encoding': {
      control: 'inline-radio',
      options: ['json', 'form'],
      description: 'How the sign-up is posted',
    },
    'cache-ttl': {
      control: { type: 'number', min: 0 },
      description: 'Seconds a study is kept in this session',
    },
    loading: {
      control: 'inline-radio',
      options: ['lazy', 'eager'],
      description: 'When the card fetches',
    },
    lang: {
      control: 'inline-radio',
      options: ['en', 'es'],
      description:
        'The language the card writes in (else the nearest ancestor’s lang, else the document’s)',
    },
    'structured-data': {
      control: 'boolean',
      description: 'Add schema.org MedicalTrial JSON-LD to the light DOM',
    },
  },
  render: (args) =>
    html`<trial-summary
      nct=${args.nct}
      api-base=${args['api-base']}
      timeout=${ifDefined(args.timeout)}
      signup-action=${ifDefined(args['signup-action'])}
      terms-href=${ifDefined(args['terms-href'])}
      privacy-href=${ifDefined(args['privacy-href'])}
      signup-encoding=${ifDefined(args['signup-encoding'])}
      cache-ttl=${ifDefined(args['cache-ttl'])}
      loading=${ifDefined(args.loading)}
      theme=${ifDefined(args.theme)}
      layout=${ifDefined(args.layout)}
      sections=${ifDefined(args.sections)}
      heading-level=${ifDefined(args['heading-level'])}
      lang=${ifDefined(args.lang)}
      ?structured-data=${args['structured-data'] ?? false}
      ><a href=${`https://clinicaltrials.gov/study/${args.nct}`}
        >Study ${args.nct} on ClinicalTrials.gov</a
      ></trial-summary
    >`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * An early-phase study that is recruiting, with central contacts and one site. Its "Can I join?" answer is dated
 * with the month the record was last checked (and says so plainly once that is over 3 months ago).
 */
export const Recruiting: Story = {};

/**
 * "Can I join?" for a paused study: a labelled variant of the recruiting record with only its status changed
 * to suspended (test/fixtures/SOURCES.md), since no recorded study is suspended.
 */
export const Paused: Story = { args: { nct: 'NCT09999911' } };

/** Expanded access to the treatment (linked by its record) and papers the record lists with its results. */
export const ExpandedAccessAndPapers: Story = { args: { nct: 'NCT02552212', sections: 'risks' } };

/**
 * A phase 3 study with 1,148 sites: the first five, then "Show all". What is tested (pembrolizumab) is told
 * apart from the chemotherapy every group gets and from the comparison group.
 */
export const ManySites: Story = { args: { nct: 'NCT04267848' } };

/** Stopped early: the sponsor's reason quoted verbatim. */
export const Terminated: Story = { args: { nct: 'NCT05144685' } };

/** Results posted: serious adverse events per group, as numbers. */
export const WithResults: Story = { args: { nct: 'NCT02210780' } };

/** An observational study: no phase, no intervention. */
export const Observational: Story = { args: { nct: 'NCT03798535' } };

/** Contact "names" that are really instructions, shown as notes; 135 sites with contacts. */
export const InstructionsAsContacts: Story = { args: { nct: 'NCT05869903' } };

/** Withdrawn before anyone took part. */
export const Withdrawn: Story = { args: { nct: 'NCT00973089' } };

/** With the "Get updates" form (posting to the fake registry's stand-in endpoint). */
export const WithSignup: Story = {
  args: {
    'privacy-href': 'https://example.org/privacy',
    'signup-action': REGISTRY.replace('/api/v2', '/__signup'),
    'terms-href': 'https://example.org/terms',
  },
};

/** Loading: the registry never answers, so the skeleton stays. */
export const Loading: Story = { args: { 'api-base': faulty('stall'), timeout: 3600 } };

/** Not an NCT number: no request is made. */
export const InvalidId: Story = { args: { nct: 'NCT-123' } };

/** `api-base` is not an http(s) URL. */
export const ConfigError: Story = { args: { 'api-base': 'ftp://example.org/api' } };

/** A well-formed id the registry does not know. */
export const NotFound: Story = { args: { nct: 'NCT00000001' } };

/** The registry fails (500): Retry. */
export const ServerError: Story = { args: { 'api-base': faulty('500') } };

/** The registry asks to slow down (429). */
export const RateLimited: Story = { args: { 'api-base': faulty('429') } };

/** The connection is reset (network error, with a hint for site owners in the console). */
export const NetworkError: Story = { args: { 'api-base': faulty('reset') } };

/** No answer within `timeout` seconds. */
export const Timeout: Story = { args: { 'api-base': faulty('stall'), timeout: 1 } };

/** An HTML page instead of JSON. */
export const ParseError: Story = { args: { 'api-base': faulty('html') } };

/** The registry sends a different study than the one asked for. */
export const Mismatch: Story = { args: { 'api-base': faulty('other-study') } };

/** The sign-up endpoint fails (500): the message, and everything typed kept for another try. */
export const SignupFails: Story = {
  args: {
    'signup-action': REGISTRY.replace('/api/v2', '/__signup/fail'),
    'terms-href': 'https://example.org/terms',
  },
};

/** The compact card: fixed height, one paragraph, a way to expand. */
export const CompactCard: Story = { args: { layout: 'card', nct: 'NCT04267848' } };

/** Forced dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Only some blocks, in another order, under an h3 title. */
export const ChosenSections: Story = { args: { sections: 'dates summary', 'heading-level': 3 } };

/** In Spanish: every word the card writes; the registry's own text stays English and is marked so. */
export const Spanish: Story = { args: { lang: 'es', nct: 'NCT04267848' } };

/** Spanish, with results: side effects at a glance, the timeline and eligibility chips. */
export const SpanishWithResults: Story = { args: { lang: 'es', nct: 'NCT02552212' } };

/**
 * Results with deaths reported: serious health problems and deaths from any cause per group, as numbers and bars,
 * with the record's time frame, other problems and the most common serious events by group.
 */
export const ResultsFromAnyCause: Story = { args: { nct: 'NCT04402008', sections: 'risks' } };

/** The timeline and the dates, for a study whose every date is an estimate. */
export const EstimatedTimeline: Story = { args: { nct: 'NCT05869903', sections: 'dates' } };

/** Who can take part: ages, sex and healthy volunteers as chips; the full criteria in a disclosure. */
export const Eligibility: Story = { args: { nct: 'NCT00973089', sections: 'eligibility' } };

/** A glossary word opened: its definition shown in place (click or press Enter on a dotted word). */
export const GlossaryOpen: Story = {
  args: { nct: 'NCT02210780', sections: 'summary' },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('trial-summary');
    const term = async () => {
      for (let i = 0; i < 100; i++) {
        const found = card?.shadowRoot?.querySelector<HTMLButtonElement>('button.term');
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return undefined;
    };
    (await term())?.click();
  },
};

/** With `structured-data`: schema.org MedicalTrial JSON-LD in the light DOM (see the page source). */
export const StructuredData: Story = { args: { 'structured-data': true } };

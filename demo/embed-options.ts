/**
 * The embed builder's and the embed page's shared rules, with no DOM: what a study reference may look like,
 * which options exist and which values they take, and how a snippet is written (escaped) from them.
 */
import { parseNctId, type NctId } from '../src/registry/ids.js';
import { SECTIONS } from '../src/trial-summary.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const EXAMPLE = 'NCT06097962';
const REGISTRY_HOSTS = /^(?:www\.|classic\.|beta\.)?clinicaltrials\.gov$/i;
/** Anything that looks meant as an NCT number, valid or not, e.g. `NCT123` or `NCT0123456789`. */
const NCT_LIKE = /\bNCT\s*\d+\b/gi;

/**
 * A study from what someone typed or pasted: an NCT number (any case, surrounding spaces, short forms), or a
 * ClinicalTrials.gov address: `/study/NCT…`, the classic `/ct2/show/NCT…`, or a search for one study
 * (`?term=NCT…`, `?id=NCT…`, `?cond=…` is not one study). Messages say what to do, quoting what was typed.
 */
export function parseStudyReference(input: string): Parsed<NctId> {
  const text = input.trim();
  if (text === '')
    return {
      ok: false,
      message: `Type or paste a study's NCT number (for example ${EXAMPLE}) or its ClinicalTrials.gov address.`,
    };
  const direct = parseNctId(text);
  if (direct) return { ok: true, value: direct };

  const url = asUrl(text);
  if (!url) {
    const like = text.match(NCT_LIKE);
    if (like && like.length === 1 && like[0] === text)
      return {
        ok: false,
        message: `“${text}” is not an NCT number: they are NCT followed by 8 digits, for example ${EXAMPLE}.`,
      };
    return {
      ok: false,
      message: `“${text}” is neither an NCT number nor a ClinicalTrials.gov address. NCT numbers look like ${EXAMPLE}.`,
    };
  }
  if (!REGISTRY_HOSTS.test(url.hostname))
    return {
      ok: false,
      message: `${url.hostname} is not ClinicalTrials.gov. Paste the study's address from clinicaltrials.gov, or just its NCT number.`,
    };

  // The id in the path (/study/NCT…, /ct2/show/NCT…, /ct2/show/record/NCT…) or in a one-study search.
  const candidates = [
    ...url.pathname.split('/'),
    ...['term', 'id', 'query.term', 'cond', 'intr'].flatMap((key) => url.searchParams.getAll(key)),
  ];
  const found = new Set<NctId>();
  const malformed: string[] = [];
  for (const candidate of candidates) {
    for (const token of decodeSafely(candidate).match(NCT_LIKE) ?? []) {
      const id = parseNctId(token.replace(/\s+/g, ''));
      if (id) found.add(id);
      else malformed.push(token);
    }
  }
  if (found.size === 1) return { ok: true, value: [...found][0]! };
  if (found.size > 1)
    return {
      ok: false,
      message: `That address names ${found.size} studies (${[...found].join(', ')}). Choose one and paste its NCT number.`,
    };
  if (malformed.length > 0)
    return {
      ok: false,
      message: `“${malformed[0]}” in that address is not an NCT number: they are NCT followed by 8 digits, for example ${EXAMPLE}.`,
    };
  return {
    ok: false,
    message:
      'That ClinicalTrials.gov address does not point at one study. Open the study and copy the address from its page (it ends in NCT followed by 8 digits).',
  };
}

function asUrl(text: string): URL | undefined {
  if (/\s/.test(text)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  if (!/^https?:\/\//i.test(withScheme)) return undefined;
  try {
    const url = new URL(withScheme);
    return url.hostname.includes('.') ? url : undefined;
  } catch {
    return undefined;
  }
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export interface Choice {
  value: string;
  label: string;
}

/** One option of the element, as the builder offers it and the embed page accepts it. */
export interface OptionSpec {
  /** The attribute (or the global attribute `lang`). */
  attribute: string;
  label: string;
  kind: 'choice' | 'number' | 'url' | 'sections' | 'boolean';
  /** The element's default: a value equal to it is left out of the snippet. */
  default: string;
  choices?: Choice[];
  min?: number;
  max?: number;
  /**
   * Whether the embed page takes it from its address. Not for where the card reads studies from or posts
   * sign-ups to: anyone can write an address, so those are set by whoever hosts the embed page.
   */
  fromQuery: boolean;
}

export const OPTIONS: OptionSpec[] = [
  {
    attribute: 'lang',
    label: 'Language',
    kind: 'choice',
    default: '',
    choices: [
      { value: '', label: 'The page’s language' },
      { value: 'en', label: 'English (en)' },
      { value: 'es', label: 'Spanish (es)' },
    ],
    fromQuery: true,
  },
  {
    attribute: 'theme',
    label: 'Colours',
    kind: 'choice',
    default: 'auto',
    choices: [
      { value: 'auto', label: 'Follow the reader’s light or dark setting' },
      { value: 'light', label: 'Light' },
      { value: 'dark', label: 'Dark' },
    ],
    fromQuery: true,
  },
  {
    attribute: 'layout',
    label: 'Layout',
    kind: 'choice',
    default: 'full',
    choices: [
      { value: 'full', label: 'Full: every block' },
      { value: 'card', label: 'Card: compact, fixed height, with a way to expand' },
    ],
    fromQuery: true,
  },
  { attribute: 'sections', label: 'Blocks', kind: 'sections', default: '', fromQuery: true },
  {
    attribute: 'heading-level',
    label: 'Heading level of the title',
    kind: 'choice',
    default: '2',
    choices: ['2', '3', '4', '5', '6'].map((n) => ({ value: n, label: `h${n}` })),
    fromQuery: true,
  },
  {
    attribute: 'distance-unit',
    label: 'Distances',
    kind: 'choice',
    default: '',
    choices: [
      { value: '', label: 'By the reader’s locale' },
      { value: 'km', label: 'Kilometres' },
      { value: 'mi', label: 'Miles' },
    ],
    fromQuery: true,
  },
  {
    attribute: 'structured-data',
    label: 'Describe the study to search engines (structured data)',
    kind: 'boolean',
    default: '',
    fromQuery: true,
  },
  {
    attribute: 'signup-action',
    label: 'Sign-up endpoint',
    kind: 'url',
    default: '',
    fromQuery: false,
  },
  { attribute: 'terms-href', label: 'Terms of use', kind: 'url', default: '', fromQuery: false },
  {
    attribute: 'privacy-href',
    label: 'Privacy policy',
    kind: 'url',
    default: '',
    fromQuery: false,
  },
  {
    attribute: 'signup-encoding',
    label: 'Sign-up encoding',
    kind: 'choice',
    default: 'json',
    choices: [
      { value: 'json', label: 'JSON (a cross-origin endpoint must answer the CORS preflight)' },
      { value: 'form', label: 'Form (no preflight)' },
    ],
    fromQuery: false,
  },
  {
    attribute: 'signup-credentials',
    label: 'Sign-up cookies',
    kind: 'choice',
    default: 'omit',
    choices: [
      { value: 'omit', label: 'Send no cookies' },
      { value: 'include', label: 'Send your site’s cookies' },
    ],
    fromQuery: false,
  },
  {
    attribute: 'loading',
    label: 'When to load',
    kind: 'choice',
    default: 'lazy',
    choices: [
      { value: 'lazy', label: 'When the card comes near the screen' },
      { value: 'eager', label: 'At once' },
    ],
    fromQuery: true,
  },
  {
    attribute: 'cache-ttl',
    label: 'Seconds a study is kept in the session',
    kind: 'number',
    default: '3600',
    min: 0,
    max: 604800,
    fromQuery: true,
  },
  {
    attribute: 'timeout',
    label: 'Seconds before giving up',
    kind: 'number',
    default: '15',
    min: 1,
    max: 300,
    fromQuery: true,
  },
  { attribute: 'api-base', label: 'Registry address', kind: 'url', default: '', fromQuery: false },
];

/** The blocks `sections` can choose, in the element's default order. */
export const SECTION_TOKENS: readonly string[] = SECTIONS;

/**
 * A value for an option, checked: `undefined` leaves the attribute out (the element's default). Booleans
 * are `''` (present) or `undefined`.
 */
export function checkOption(spec: OptionSpec, raw: string): Parsed<string | undefined> {
  const value = raw.trim();
  switch (spec.kind) {
    case 'choice': {
      if (!spec.choices!.some((c) => c.value === value))
        return {
          ok: false,
          message: `${spec.label}: “${value}” is not one of ${spec.choices!.map((c) => c.value || '(none)').join(', ')}.`,
        };
      return { ok: true, value: value === spec.default ? undefined : value };
    }
    case 'boolean':
      return {
        ok: true,
        value: ['', 'true', 'on', spec.attribute].includes(value.toLowerCase()) ? '' : undefined,
      };
    case 'number': {
      if (value === '') return { ok: true, value: undefined };
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < spec.min! || n > spec.max!)
        return {
          ok: false,
          message: `${spec.label}: type a whole number from ${spec.min} to ${spec.max}.`,
        };
      return { ok: true, value: String(n) === spec.default ? undefined : String(n) };
    }
    case 'url': {
      if (value === '') return { ok: true, value: undefined };
      if (/^\/(?!\/)/.test(value)) return { ok: true, value };
      try {
        const url = new URL(value);
        if (url.protocol === 'https:' || url.protocol === 'http:') return { ok: true, value };
      } catch {
        // not an absolute URL: the message below
      }
      return {
        ok: false,
        message: `${spec.label}: “${value}” is not a web address. Use one starting with https:// or a path on your site starting with /.`,
      };
    }
    case 'sections': {
      const tokens = value.split(/[\s,]+/).filter(Boolean);
      const unknown = tokens.filter((t) => !SECTION_TOKENS.includes(t));
      if (unknown.length > 0)
        return {
          ok: false,
          message: `${spec.label}: “${unknown.join(' ')}” is not a block; the blocks are ${SECTION_TOKENS.join(', ')}.`,
        };
      const unique = [...new Set(tokens)];
      const all =
        unique.length === SECTION_TOKENS.length && unique.every((t, i) => t === SECTION_TOKENS[i]);
      return { ok: true, value: unique.length === 0 || all ? undefined : unique.join(' ') };
    }
  }
}

/** An attribute value, safe between double quotes in HTML. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Text, safe as HTML content. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type Attributes = [name: string, value: string][];

/** The element's tag with its attributes (a boolean one as a bare name) and the fallback link inside. */
export function elementTag(nct: NctId, attributes: Attributes): string {
  const attrs = [['nct', nct] as [string, string], ...attributes].map(([name, value]) =>
    value === '' && OPTIONS.find((o) => o.attribute === name)?.kind === 'boolean'
      ? `  ${name}`
      : `  ${name}="${escapeAttribute(value)}"`,
  );
  const href = `https://clinicaltrials.gov/study/${nct}`;
  const oneLine = `<trial-summary ${attrs.map((a) => a.trim()).join(' ')}>`;
  return [
    ...(oneLine.length <= 80 ? [oneLine] : ['<trial-summary', ...attrs, '>']),
    `  <a href="${escapeAttribute(href)}">Study ${escapeText(nct)} on ClinicalTrials.gov</a>`,
    `</trial-summary>`,
  ].join('\n');
}

/** The versioned CDN address of the one-script build. */
export function cdnUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/trial-summary@${encodeURIComponent(version)}/dist/trial-summary.iife.js`;
}

/**
 * The versioned CDN address of the module build's entry. Its chunks sit beside it (dist/cdn/) and are fetched
 * from there, so the version in the address pins them too.
 */
export function moduleUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/trial-summary@${encodeURIComponent(version)}/dist/cdn/trial-summary.js`;
}

/** A script tag with its address, its Subresource Integrity hash (when there is one) and CORS, then the card. */
function pinnedScript(
  tag: string,
  src: string,
  integrity: string | undefined,
  type?: 'module',
): string {
  const script = [
    '<script',
    ...(type ? [`  type="${type}"`] : []),
    `  src="${escapeAttribute(src)}"`,
    ...(integrity ? [`  integrity="${escapeAttribute(integrity)}"`] : []),
    '  crossorigin="anonymous"',
    '></script>',
  ];
  return `${script.join('\n')}\n\n${tag}`;
}

/**
 * Flavour one: the one-tag module build, pinned to a version and the entry's Subresource Integrity hash, then
 * the tag. The hash covers the entry only: the chunks it imports are fetched without an integrity check.
 */
export function moduleSnippet(tag: string, version: string, integrity: string | undefined): string {
  return pinnedScript(tag, moduleUrl(version), integrity, 'module');
}

/** Flavour two: the one script, pinned to a version and its Subresource Integrity hash, then the tag. */
export function scriptSnippet(tag: string, version: string, integrity: string | undefined): string {
  return pinnedScript(tag, cdnUrl(version), integrity);
}

/** For apps with a bundler: the npm package. */
export function npmSnippet(tag: string): string {
  return [
    '# in your project',
    'npm install trial-summary',
    '',
    '// once, in your app’s code',
    "import 'trial-summary';",
    '',
    '<!-- in your page or template -->',
    tag,
  ].join('\n');
}

/** The embed page's address for these options (only those it takes from its address). */
export function embedUrl(base: URL, nct: NctId, attributes: Attributes): string {
  const url = new URL(base.href);
  url.search = '';
  url.searchParams.set('nct', nct);
  for (const [name, value] of attributes) {
    if (OPTIONS.find((o) => o.attribute === name)?.fromQuery) url.searchParams.set(name, value);
  }
  return url.href;
}

/** Flavour three: the embed page in an iframe, for sites that cannot add scripts. */
export function iframeSnippet(src: string, nct: NctId, layout: string | undefined): string {
  const height = layout === 'card' ? '420' : '900';
  return [
    '<iframe',
    `  src="${escapeAttribute(src)}"`,
    `  title="${escapeAttribute(`Clinical study ${nct}: plain-language summary`)}"`,
    '  width="100%"',
    `  height="${height}"`,
    '  style="border: 0; max-width: 60rem"',
    '  loading="lazy"',
    '></iframe>',
  ].join('\n');
}

/**
 * The options in an embed page's address, checked: those the address may set, valid values only. Problems
 * are reported (for the console), never shown to the reader.
 */
export function optionsFromQuery(params: URLSearchParams): {
  attributes: Attributes;
  problems: string[];
} {
  const attributes: Attributes = [];
  const problems: string[] = [];
  for (const [name, raw] of params) {
    if (name === 'nct') continue;
    const spec = OPTIONS.find((o) => o.attribute === name);
    if (!spec) {
      problems.push(`unknown option “${name}”`);
      continue;
    }
    if (!spec.fromQuery) {
      problems.push(`“${name}” is set by the page, not its address`);
      continue;
    }
    const checked = checkOption(spec, raw);
    if (!checked.ok) problems.push(checked.message);
    else if (checked.value !== undefined) attributes.push([name, checked.value]);
  }
  return { attributes, problems };
}

/**
 * The embed builder: a study reference and the element's options in, a live preview and four snippets out,
 * the module tag first, then the one script, the iframe and npm.
 *
 * The module tag's Subresource Integrity hash is the one `npm run build` wrote for the entry
 * (`/dist/cdn/trial-summary.js.sri`, read from this page's server: `npm start` serves it as written, and
 * `npm run demo:build` copies it beside the demo). The entry itself cannot be hashed here: the dev server
 * rewrites JavaScript modules it serves. The one script's hash is computed here, with SubtleCrypto, from the
 * build this page's server serves (`/dist/trial-summary.iife.js`, byte for byte). Each is the hash of that
 * build, and matches the CDN's file only when that build is the released one of the version shown.
 */
import '../src/define.js';
import { version } from '../package.json';
import { API_BASES, sourceFromUrl } from './studies.js';
import {
  OPTIONS,
  SECTION_TOKENS,
  checkOption,
  elementTag,
  embedUrl,
  iframeSnippet,
  moduleSnippet,
  npmSnippet,
  parseStudyReference,
  scriptSnippet,
  type Attributes,
  type OptionSpec,
} from './embed-options.js';

interface ManifestAttribute {
  name: string;
  description?: string;
}

const form = document.querySelector<HTMLFormElement>('#builder')!;
const study = document.querySelector<HTMLInputElement>('#study')!;
const studyError = document.querySelector<HTMLElement>('#study-error')!;
const optionsError = document.querySelector<HTMLElement>('#options-error')!;
const optionsHost = document.querySelector<HTMLElement>('#options')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const previewNote = document.querySelector<HTMLElement>('#preview-note')!;
const copied = document.querySelector<HTMLElement>('#copied')!;
const moduleHint = document.querySelector<HTMLElement>('#module-hint')!;
const scriptHint = document.querySelector<HTMLElement>('#script-hint')!;
const snippets = {
  module: document.querySelector<HTMLTextAreaElement>('#module-snippet')!,
  script: document.querySelector<HTMLTextAreaElement>('#script-snippet')!,
  npm: document.querySelector<HTMLTextAreaElement>('#npm-snippet')!,
  iframe: document.querySelector<HTMLTextAreaElement>('#iframe-snippet')!,
};

const previewApiBase = API_BASES[sourceFromUrl()];
const card = document.createElement('trial-summary');
card.setAttribute('loading', 'eager');
preview.append(card);

/** The options fields, grouped as a reader thinks of them. */
const GROUPS: { legend: string; attributes: string[] }[] = [
  {
    legend: 'Language and look',
    attributes: ['lang', 'theme', 'layout', 'heading-level', 'distance-unit', 'structured-data'],
  },
  { legend: 'Blocks to show, in this order', attributes: ['sections'] },
  {
    legend: '“Get updates” sign-up (optional)',
    attributes: [
      'signup-action',
      'terms-href',
      'privacy-href',
      'signup-encoding',
      'signup-credentials',
    ],
  },
  { legend: 'Loading', attributes: ['loading', 'cache-ttl', 'timeout', 'api-base'] },
];

/** A hash: `null` while it is read or computed, then the value or why there is none. */
type Integrity = { value: string } | { missing: string } | null;
/** The module build's entry and the one script. */
const integrity: { module: Integrity; script: Integrity } = { module: null, script: null };
void start();

async function start(): Promise<void> {
  const manifest = await readManifest();
  buildOptions(manifest);
  form.addEventListener('input', () => update());
  form.addEventListener('change', () => update());
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.addEventListener('click', () => copy(button));
  }
  update();
  await Promise.all([
    readModuleIntegrity().then((value) => (integrity.module = value)),
    computeScriptIntegrity().then((value) => (integrity.script = value)),
  ]);
  update();
}

/** The element's documented attributes (custom-elements.json), or `undefined` when it cannot be read. */
async function readManifest(): Promise<Map<string, ManifestAttribute> | undefined> {
  try {
    const response = await fetch(new URL('../custom-elements.json', location.href));
    if (!response.ok) return undefined;
    const manifest = (await response.json()) as {
      modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[];
    };
    const element = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === 'trial-summary');
    return new Map((element?.attributes ?? []).map((a) => [a.name, a]));
  } catch {
    return undefined;
  }
}

/**
 * Offers the options the element documents (all known ones when the manifest cannot be read); `lang` is a
 * global attribute and always offered. A documented attribute the builder does not know gets a text field.
 */
function buildOptions(manifest: Map<string, ManifestAttribute> | undefined): void {
  const offered = (spec: OptionSpec) =>
    spec.attribute === 'lang' || !manifest || manifest.has(spec.attribute);
  const known = new Set(OPTIONS.map((o) => o.attribute));
  const groups = GROUPS.map((group) => ({
    legend: group.legend,
    specs: group.attributes
      .map((name) => OPTIONS.find((o) => o.attribute === name)!)
      .filter((spec) => spec && offered(spec)),
  }));
  const others: OptionSpec[] = [...(manifest?.keys() ?? [])]
    .filter((name) => name !== 'nct' && !known.has(name))
    .map((name) => ({ attribute: name, label: name, kind: 'url', default: '', fromQuery: false }));
  for (const group of groups) {
    if (group.specs.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = group.legend;
    fieldset.append(legend, ...group.specs.map((spec) => field(spec, manifest)));
    optionsHost.append(fieldset);
  }
  if (others.length > 0) {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = 'Other attributes';
    fieldset.append(legend, ...others.map((spec) => textField(spec, manifest, 'text')));
    optionsHost.append(fieldset);
  }
}

function field(
  spec: OptionSpec,
  manifest: Map<string, ManifestAttribute> | undefined,
): HTMLElement {
  switch (spec.kind) {
    case 'choice':
      return spec.choices!.length <= 3 ? radios(spec) : select(spec);
    case 'boolean':
      return checkbox(spec, manifest);
    case 'sections':
      return sections(spec);
    case 'number':
      return textField(spec, manifest, 'number');
    case 'url':
      return textField(spec, manifest, 'url');
  }
}

/** The attribute's documentation from the manifest, as a hint under its field. */
function hint(
  spec: OptionSpec,
  manifest: Map<string, ManifestAttribute> | undefined,
  id: string,
): HTMLElement | undefined {
  const description = manifest?.get(spec.attribute)?.description;
  if (!description) return undefined;
  const p = document.createElement('p');
  p.className = 'hint';
  p.id = id;
  p.textContent = `${spec.attribute}: ${description.replace(/`/g, '')}`;
  return p;
}

function radios(spec: OptionSpec): HTMLElement {
  const group = document.createElement('fieldset');
  group.className = 'choices';
  const legend = document.createElement('legend');
  legend.textContent = spec.label;
  group.append(legend);
  for (const choice of spec.choices!) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = spec.attribute;
    input.value = choice.value;
    input.checked = choice.value === spec.default;
    label.append(input, ` ${choice.label}`);
    group.append(label);
  }
  return group;
}

function select(spec: OptionSpec): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = `option-${spec.attribute}`;
  label.textContent = spec.label;
  const element = document.createElement('select');
  element.id = `option-${spec.attribute}`;
  element.name = spec.attribute;
  for (const choice of spec.choices!) {
    const option = new Option(choice.label, choice.value, false, choice.value === spec.default);
    element.append(option);
  }
  wrap.append(label, element);
  return wrap;
}

function checkbox(
  spec: OptionSpec,
  manifest: Map<string, ManifestAttribute> | undefined,
): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'field check';
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.id = `option-${spec.attribute}`;
  input.name = spec.attribute;
  const label = document.createElement('label');
  label.htmlFor = input.id;
  label.textContent = spec.label;
  wrap.append(input, label);
  const help = hint(spec, manifest, `hint-${spec.attribute}`);
  if (help) {
    input.setAttribute('aria-describedby', help.id);
    wrap.append(help);
  }
  return wrap;
}

function sections(spec: OptionSpec): HTMLElement {
  const group = document.createElement('fieldset');
  group.className = 'choices';
  const legend = document.createElement('legend');
  legend.textContent = `${spec.label} (all of them when none is ticked)`;
  group.append(legend);
  for (const token of SECTION_TOKENS) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = 'sections';
    input.value = token;
    input.checked = true;
    label.append(input, ` ${token}`);
    group.append(label);
  }
  return group;
}

function textField(
  spec: OptionSpec,
  manifest: Map<string, ManifestAttribute> | undefined,
  type: 'number' | 'url' | 'text',
): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = `option-${spec.attribute}`;
  label.textContent = spec.label;
  const input = document.createElement('input');
  input.id = label.htmlFor;
  input.name = spec.attribute;
  input.type = type === 'url' ? 'text' : type;
  input.autocomplete = 'off';
  input.spellcheck = false;
  if (type === 'number') {
    input.inputMode = 'numeric';
    input.min = String(spec.min);
    input.max = String(spec.max);
    input.placeholder = spec.default;
  }
  wrap.append(label, input);
  const help = hint(spec, manifest, `hint-${spec.attribute}`);
  if (help) {
    input.setAttribute('aria-describedby', help.id);
    wrap.append(help);
  }
  return wrap;
}

/** The raw value of one option's fields. */
function rawValue(spec: OptionSpec): string {
  const fields = form.elements.namedItem(spec.attribute);
  if (spec.kind === 'sections') {
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name=sections]')];
    return boxes
      .filter((b) => b.checked)
      .map((b) => b.value)
      .join(' ');
  }
  if (fields instanceof RadioNodeList) return fields.value;
  if (fields instanceof HTMLInputElement && fields.type === 'checkbox')
    return fields.checked ? '' : 'false';
  if (fields instanceof HTMLInputElement || fields instanceof HTMLSelectElement)
    return fields.value;
  return spec.default;
}

/** Reads the form; shows every problem; rebuilds the preview and the snippets when all is well. */
function update(): void {
  const reference = parseStudyReference(study.value);
  setInvalid(study, reference.ok ? '' : reference.message, studyError);

  const attributes: Attributes = [];
  const problems: string[] = [];
  const specs = OPTIONS.filter(
    (spec) => form.elements.namedItem(spec.attribute) || spec.kind === 'sections',
  );
  for (const input of optionsHost.querySelectorAll<HTMLInputElement>(
    'input[type=text], input[type=number]',
  )) {
    input.removeAttribute('aria-invalid');
  }
  for (const spec of specs) {
    const checked = checkOption(spec, rawValue(spec));
    const input = form.querySelector<HTMLInputElement>(`#option-${spec.attribute}`);
    if (!checked.ok) {
      problems.push(checked.message);
      input?.setAttribute('aria-invalid', 'true');
    } else if (checked.value !== undefined) {
      attributes.push([spec.attribute, checked.value]);
    }
  }
  // Attributes the element documents that the builder does not know: passed as typed.
  for (const input of optionsHost.querySelectorAll<HTMLInputElement>('input[type=text]')) {
    if (!OPTIONS.some((o) => o.attribute === input.name) && input.value.trim() !== '')
      attributes.push([input.name, input.value.trim()]);
  }
  optionsError.textContent = problems.join(' ');

  if (!reference.ok || problems.length > 0) {
    for (const area of Object.values(snippets)) area.value = '';
    return;
  }
  const nct = reference.value;
  const tag = elementTag(nct, attributes);
  moduleHint.textContent = hashHint(integrity.module, 'the entry file');
  snippets.module.value =
    integrity.module === null ? '' : moduleSnippet(tag, version, hashValue(integrity.module));
  scriptHint.textContent = hashHint(integrity.script, 'the file');
  snippets.script.value =
    integrity.script === null ? '' : scriptSnippet(tag, version, hashValue(integrity.script));
  snippets.npm.value = npmSnippet(tag);
  const layout = attributes.find(([name]) => name === 'layout')?.[1];
  snippets.iframe.value = iframeSnippet(
    embedUrl(new URL('./embed.html', location.href), nct, attributes),
    nct,
    layout,
  );
  for (const area of Object.values(snippets)) fit(area);
  showPreview(nct, attributes);
}

function hashValue(hash: Integrity): string | undefined {
  return hash && 'value' in hash ? hash.value : undefined;
}

/** What a snippet's hash is, or why it has none. */
function hashHint(hash: Integrity, file: string): string {
  if (hash === null) return 'Reading the integrity hash…';
  if ('value' in hash)
    return `Version ${version}, pinned with the Subresource Integrity hash of ${file} this page serves: it matches the CDN’s file when that build is the released ${version}.`;
  return `Version ${version}, without an integrity hash: ${hash.missing}`;
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The preview: the real element, reading this demo's registry whatever `api-base` the snippet names. It
 * follows a pause in typing (not each keystroke: `NCT0426784` on the way to `NCT04267848` is a study too).
 */
function showPreview(nct: string, attributes: Attributes): void {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(
    () => applyPreview(nct, attributes),
    card.hasAttribute('nct') ? 400 : 0,
  );
}

function applyPreview(nct: string, attributes: Attributes): void {
  const wanted = new Map(attributes);
  wanted.set('api-base', previewApiBase);
  if (wanted.has('signup-action')) wanted.set('signup-action', '/__signup');
  wanted.set('loading', 'eager');
  for (const name of card.getAttributeNames()) {
    if (!wanted.has(name) && name !== 'nct') card.removeAttribute(name);
  }
  for (const [name, value] of wanted) {
    if (card.getAttribute(name) !== value) card.setAttribute(name, value);
  }
  if (card.getAttribute('nct') !== nct) card.setAttribute('nct', nct);
  previewNote.textContent =
    `The preview reads ${sourceFromUrl() === 'live' ? 'the live ClinicalTrials.gov API' : 'this demo’s recorded studies'}` +
    (attributes.some(([name]) => name === 'api-base' || name === 'signup-action')
      ? '; the registry address and sign-up endpoint you chose are used in the snippets only.'
      : '.');
}

function setInvalid(input: HTMLInputElement, message: string, output: HTMLElement): void {
  if (output.textContent !== message) output.textContent = message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** Rows enough for the snippet, so it reads without scrolling. */
function fit(area: HTMLTextAreaElement): void {
  area.rows = Math.max(3, area.value.split('\n').length);
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const area = document.querySelector<HTMLTextAreaElement>(`#${button.dataset.copy}`)!;
  const name = button.textContent!.replace(/^Copy the /, '');
  if (area.value === '') {
    copied.textContent = 'Nothing to copy yet: fix the problems above first.';
    return;
  }
  try {
    await navigator.clipboard.writeText(area.value);
    copied.textContent = `Copied the ${name} to the clipboard.`;
  } catch {
    // No clipboard access (an insecure page, a refused permission): select it for the reader to copy.
    area.focus();
    area.select();
    copied.textContent = `The ${name} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
  }
}

/** The `sha384-…` hash `npm run build` wrote for the module build's entry, or why there is none. */
async function readModuleIntegrity(): Promise<{ value: string } | { missing: string }> {
  try {
    const response = await fetch(new URL('../dist/cdn/trial-summary.js.sri', location.href), {
      cache: 'no-store',
    });
    if (!response.ok)
      return { missing: 'this page’s server has no module build (run npm run build).' };
    const value = (await response.text()).trim();
    if (!/^sha384-[A-Za-z0-9+/]{64}$/.test(value))
      return {
        missing: 'the module build’s hash file on this page’s server is not a sha384 hash.',
      };
    return { value };
  } catch {
    return { missing: 'the module build’s hash could not be read from this page’s server.' };
  }
}

/** `sha384-…` of the one-script build this page's server serves, or why there is none. */
async function computeScriptIntegrity(): Promise<{ value: string } | { missing: string }> {
  if (!globalThis.crypto?.subtle)
    return { missing: 'the browser computes hashes only on https:// pages and on localhost.' };
  try {
    const response = await fetch(new URL('../dist/trial-summary.iife.js', location.href), {
      cache: 'no-store',
    });
    if (!response.ok)
      return { missing: 'this page’s server has no build of the script (run npm run build).' };
    const digest = await crypto.subtle.digest('SHA-384', await response.arrayBuffer());
    let binary = '';
    for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
    return { value: `sha384-${btoa(binary)}` };
  } catch {
    return { missing: 'the script could not be read from this page’s server.' };
  }
}

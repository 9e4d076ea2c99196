/**
 * custom-elements.json (written by `npm run analyze` from the class documentation; Storybook, IDEs and the
 * typings read it) against the element itself: every observed attribute, public reactive property and event
 * is in the manifest, and the manifest lists nothing the element lacks.
 */
import { expect } from '@open-wc/testing';
import { TrialSummaryElement } from '../src/trial-summary.js';
import * as events from '../src/events.js';

interface Named {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  name: string;
  attributes: Named[];
  members: Named[];
  events: Named[];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

describe('custom-elements.json', () => {
  let element: Declaration;
  before(async () => {
    const response = await fetch('/custom-elements.json');
    expect(response.ok, 'custom-elements.json is missing: run `npm run analyze`').to.equal(true);
    const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
    const found = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName === 'trial-summary');
    expect(found).to.have.length(1);
    element = found[0]!;
    expect(element.name).to.equal(TrialSummaryElement.name);
  });

  it('documents exactly the observed attributes', () => {
    expect(sorted(element.attributes.map((a) => a.name))).to.deep.equal(
      sorted(TrialSummaryElement.observedAttributes),
    );
  });

  it('maps each attribute to the property the element reflects it into', () => {
    const byAttribute = new Map<string, string>();
    for (const [name, options] of TrialSummaryElement.elementProperties) {
      if (options.attribute === false || options.state) continue;
      const attribute =
        typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
      byAttribute.set(attribute, String(name));
    }
    for (const attribute of element.attributes)
      expect(attribute.fieldName, attribute.name).to.equal(byAttribute.get(attribute.name));
  });

  it('documents exactly the public reactive properties as public fields', () => {
    const reactive = [...TrialSummaryElement.elementProperties]
      .filter(([, options]) => !options.state)
      .map(([name]) => String(name));
    const fields = element.members
      .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
      .map((m) => m.name);
    expect(sorted(fields)).to.deep.equal(sorted(reactive));
  });

  it('documents exactly the public methods the element has', () => {
    const documented = element.members
      .filter((m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public')
      .map((m) => m.name);
    for (const name of documented)
      expect(typeof (TrialSummaryElement.prototype as never)[name], name).to.equal('function');
    expect(documented).to.include.members(['retry', 'expand']);
  });

  it('documents exactly the events of src/events.ts, with their classes', () => {
    const classes = Object.values(events as Record<string, unknown>).filter(
      (value): value is typeof Event & { type: string } =>
        typeof value === 'function' && value.prototype instanceof Event && 'type' in value,
    );
    expect(classes.length).to.be.greaterThan(0);
    const expected = classes.map((c) => `${c.type} ${c.name}`);
    const documented = element.events.map((e) => `${e.name} ${e.type?.text}`);
    expect(sorted(documented)).to.deep.equal(sorted(expected));
  });
});

/**
 * The plain-paragraph shortcut (src/markup-plain.ts) must write exactly what the markup pipeline writes, for
 * every text it accepts: held to that on every text field of every real record we have (test/fixtures/corpus/
 * and test/fixtures/studies/, provenance in their SOURCES.md), with and without the glossary in English and
 * Spanish, whole and cut at a short limit.
 */
import { expect } from '@open-wc/testing';
import '../src/languages/es.js';
import { definitionsFor } from '../src/glossary/definitions.js';
import { renderMarkup } from '../src/markup.js';
import { plainMarkup } from '../src/markup-plain.js';
import { LIMITS } from '../src/registry/limits.js';
import { corpusRecords } from './corpus.js';

const CONTINUES = 'The registry’s text continues on ClinicalTrials.gov & <more>.';

describe('plain paragraphs without the markup pipeline', () => {
  it('writes what renderMarkup writes for every registry text it accepts', async () => {
    const records = await corpusRecords();
    const texts: [string, number][] = [];
    for (const study of records) {
      const p = (study as { protocolSection?: Record<string, Record<string, unknown>> })
        .protocolSection;
      const add = (value: unknown, max: number) => {
        if (typeof value === 'string' && value !== '') texts.push([value, max]);
      };
      add(p?.['descriptionModule']?.['briefSummary'], LIMITS.briefSummary);
      add(p?.['descriptionModule']?.['detailedDescription'], LIMITS.detailedDescription);
      add(p?.['eligibilityModule']?.['eligibilityCriteria'], LIMITS.eligibilityCriteria);
      add(p?.['eligibilityModule']?.['studyPopulation'], LIMITS.studyPopulation);
      for (const i of (p?.['armsInterventionsModule']?.['interventions'] as
        { description?: string }[] | undefined) ?? [])
        add(i.description, LIMITS.interventionDescription);
    }
    let plain = 0;
    let compared = 0;
    for (const [text, max] of texts) {
      for (const definitions of [undefined, definitionsFor('en'), definitionsFor('es')]) {
        for (const limit of [
          { max, continues: CONTINUES },
          { max: 280, continues: CONTINUES },
        ]) {
          const fast = plainMarkup(text, definitions, limit);
          if (fast === undefined) continue;
          compared++;
          const full = renderMarkup(text, definitions, limit);
          if (fast !== full)
            expect(
              fast,
              `${definitions?.key ?? 'no glossary'}, max ${limit.max}: ${text.slice(0, 80)}`,
            ).to.equal(full);
        }
      }
      if (plainMarkup(text) !== undefined) plain++;
    }
    console.log(
      `plain paragraphs: ${plain} of ${texts.length} registry text fields; ${compared} renderings compared`,
    );
    expect(texts.length).to.be.greaterThan(1000);
    // The shortcut must carry most of the registry's text, or the first screen waits for the pipeline.
    expect(plain / texts.length).to.be.greaterThan(0.4);
  });

  const rows: [string, string, boolean][] = [
    ['two paragraphs', 'One line.\nAnother line.\n\nA second paragraph.', true],
    ['an indented line', 'One line.\n   Another.', false],
    ['a line ending in a space', 'One line. \nAnother.', false],
    ['a bullet list', 'Criteria:\n- adults\n- children', false],
    ['an ordered list', '1. first\n2. second', false],
    ['emphasis', 'This is *important*.', false],
    ['a link', 'See [the site](https://example.org).', false],
    ['raw HTML', 'a <b>bold</b> move', false],
    ['an entity', 'Fish &amp; chips', false],
    ['a quote', '> quoted', false],
    ['a hard break', 'line one  \nline two', false],
    ['indented code', '    code()', false],
    ['a setext underline', 'Title\n=====', false],
  ];
  for (const [name, text, accepted] of rows) {
    it(`${accepted ? 'takes' : 'leaves to the pipeline'} ${name}`, () => {
      const fast = plainMarkup(text);
      expect(fast !== undefined, name).to.equal(accepted);
      if (fast !== undefined) expect(fast).to.equal(renderMarkup(text));
    });
  }
});

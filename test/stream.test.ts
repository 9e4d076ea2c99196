import { expect } from '@open-wc/testing';
import { readStudies, studyScanner } from '../src/registry/stream.js';

/** What the scanner hands over for a text fed to it in the given pieces. */
function scanned(pieces: string[]): unknown[] {
  const found: unknown[] = [];
  const scanner = studyScanner((study) => found.push(study));
  for (const piece of pieces) scanner.scan(piece);
  expect(scanner.end()).to.equal(
    Array.isArray((JSON.parse(pieces.join('')) as { studies?: unknown }).studies),
  );
  return found;
}

/** The error the scanner throws for `text`, fed whole or split anywhere, with the studies given before it. */
function refused(text: string): { error: unknown; given: unknown[] }[] {
  const results = [];
  for (let at = 0; at <= text.length; at++) {
    const given: unknown[] = [];
    const scanner = studyScanner((study) => given.push(study));
    let error: unknown;
    try {
      scanner.scan(text.slice(0, at));
      scanner.scan(text.slice(at));
      scanner.end();
    } catch (e) {
      error = e;
    }
    results.push({ error, given });
  }
  return results;
}

/** The objects of the top-level `studies` array of a whole, valid answer. */
function expected(text: string): unknown[] {
  const studies = (JSON.parse(text) as { studies?: unknown }).studies;
  return Array.isArray(studies)
    ? studies.filter((s) => typeof s === 'object' && s !== null && !Array.isArray(s))
    : [];
}

/** A response whose body arrives in the given byte pieces, one per read, then ends or breaks off with `error`. */
function streamed(pieces: Uint8Array[], error?: Error): Response {
  const left = [...pieces];
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        const piece = left.shift();
        if (piece) controller.enqueue(piece);
        else if (error) controller.error(error);
        else controller.close();
      },
    }),
  );
}

const ANSWERS: [string, string][] = [
  ['a plain batch', '{"studies":[{"a":1},{"b":2}],"nextPageToken":"x"}'],
  ['braces and brackets inside strings', '{"studies":[{"a":"}{]["},{"b":"[{"}]}'],
  [
    'escaped quotes and backslashes',
    String.raw`{"studies":[{"x":"a\"}b"},{"y":"\\"},{"z":"\\\"}"}]}`,
  ],
  ['a count before the list', '{"totalCount":2,"studies":[{"a":[1,{"b":2}]},{"c":{}}]}'],
  ['another list of objects first', '{"other":[{"no":1}],"studies":[{"yes":1}],"more":[{"no":2}]}'],
  ['studies as an object, not a list', '{"studies":{"a":{"no":1}}}'],
  ['elements that are not objects', '{"studies":[1,"{x}",null,[{"no":1}],{"yes":1}]}'],
  ['a list named studies deeper down', '{"x":{"studies":[{"no":1}]},"studies":[]}'],
  ['an escaped key', String.raw`{"stud\u0069es":[{"yes":1}]}`],
  ['a key that only contains "studies"', '{"studiesX":[{"no":1}],"\\"studies":[{"no":2}]}'],
  ['an empty list', '{"studies":[]}'],
  [
    'not a batch at all (one study)',
    '{"protocolSection":{"identificationModule":{"nctId":"NCT00000001"}}}',
  ],
  [
    'pretty-printed, with non-Latin text',
    JSON.stringify({ studies: [{ t: 'Étude « phase 2 » 🧪 {' }, { t: '中文' }] }, null, 2),
  ],
];

describe('reading a batch answer as it arrives', () => {
  for (const [what, text] of ANSWERS) {
    it(`hands over the same studies as the whole parse, split anywhere: ${what}`, () => {
      const want = expected(text);
      expect(scanned([text]), 'whole').to.deep.equal(want);
      for (let at = 0; at <= text.length; at++)
        expect(scanned([text.slice(0, at), text.slice(at)]), `split at ${at}`).to.deep.equal(want);
      expect(scanned([...text]), 'a character at a time').to.deep.equal(want);
    });
  }

  it('gives each study before the answer has ended, and returns the whole answer parsed', async () => {
    const encoder = new TextEncoder();
    let push!: (text: string) => void;
    let close!: () => void;
    const response = new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          push = (text) => controller.enqueue(encoder.encode(text));
          close = () => controller.close();
        },
      }),
    );
    const given: unknown[] = [];
    let first!: () => void;
    const firstGiven = new Promise<void>((resolve) => (first = resolve));
    const whole = readStudies(response, (study) => {
      given.push(study);
      first();
    });
    push('{"studies":[{"a":1},{"b"');
    await firstGiven;
    expect(given, 'before the answer has ended').to.deep.equal([{ a: 1 }]);
    push(':2}]}');
    close();
    expect(await whole).to.deep.equal({ studies: [{ a: 1 }, { b: 2 }] });
    expect(
      await readStudies(new Response('{"protocolSection":{}}'), () => {}),
      'no studies list',
    ).to.deep.equal({});
    expect(given).to.deep.equal([{ a: 1 }, { b: 2 }]);
  });

  it('decodes characters split across pieces of the body', async () => {
    const text = JSON.stringify({ studies: [{ t: 'é 🧪 中' }] });
    const bytes = new TextEncoder().encode(text);
    for (let at = 0; at <= bytes.length; at++) {
      const given: unknown[] = [];
      const whole = await readStudies(streamed([bytes.slice(0, at), bytes.slice(at)]), (study) =>
        given.push(study),
      );
      expect(whole, `split at byte ${at}`).to.deep.equal(JSON.parse(text));
      expect(given, `split at byte ${at}`).to.deep.equal([{ t: 'é 🧪 中' }]);
    }
  });

  it('rejects an answer that breaks off, having given only the studies that were whole', async () => {
    const encoder = new TextEncoder();
    const given: unknown[] = [];
    let error: unknown;
    await readStudies(streamed([encoder.encode('{"studies":[{"a":1},{"b":')]), (s) =>
      given.push(s),
    ).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(SyntaxError);
    expect(given).to.deep.equal([{ a: 1 }]);

    given.length = 0;
    error = undefined;
    await readStudies(
      streamed([encoder.encode('{"studies":[{"a":1},{"b":')], new TypeError('network')),
      (s) => given.push(s),
    ).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    expect(given).to.deep.equal([{ a: 1 }]);
  });

  const BROKEN: [string, string, unknown[]][] = [
    ['ends inside a study', '{"studies":[{"a":1},{"b":', [{ a: 1 }]],
    ['ends after the list, before the object closes', '{"studies":[{"a":1}]', [{ a: 1 }]],
    ['ends inside a string', '{"studies":[{"a":1}],"next":"ab', [{ a: 1 }]],
    ['more after the answer', '{"studies":[{"a":1}]} {"studies":[]}', [{ a: 1 }]],
    ['not an object', '[{"a":1}]', []],
    ['an HTML page', '<html>{"studies":[{"a":1}]}</html>', []],
    ['empty', '', []],
    ['a study that is not JSON', '{"studies":[{"a":1},{"b":tru}]}', [{ a: 1 }]],
  ];
  for (const [what, text, before] of BROKEN) {
    it(`refuses an answer that ${what}, having given only the whole studies before it`, () => {
      for (const [at, { error, given }] of refused(text).entries()) {
        expect(error, `split at ${at}`).to.be.instanceOf(SyntaxError);
        expect(given, `split at ${at}`).to.deep.equal(before);
      }
    });
  }

  it('reads a body that is not JSON as a parse failure', async () => {
    let error: unknown;
    await readStudies(new Response('<html>proxy error</html>'), () => {}).catch(
      (e: unknown) => (error = e),
    );
    expect(error).to.be.instanceOf(SyntaxError);
  });
});

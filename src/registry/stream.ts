/**
 * Reading a batch answer, `{"studies":[…],…}`, as it arrives: each study is handed over as soon as its closing
 * brace has come, so that a page of many cards renders them while the rest of a large answer is still on its
 * way. No DOM, no Lit: `Response`, `TextDecoder` and `JSON`.
 */

/** What the card reads of a batch answer: its studies, or none when the answer has no `studies` list. */
export interface BatchAnswer {
  studies?: unknown[];
}

/**
 * Reads a batch answer, giving `each` every object of its top-level `studies` list as soon as that object has
 * arrived whole (each one parsed with `JSON.parse`), and returns them all. It checks the shape the card
 * relies on (one JSON object, each study whole, nothing after it) but not the values around the list it does
 * not use. When the answer breaks off or is not that shape, this rejects with a `SyntaxError`, and `each` has
 * had only the studies that were whole before that point.
 */
export async function readStudies(
  response: Response,
  each: (study: unknown) => void,
): Promise<BatchAnswer> {
  const studies: unknown[] = [];
  const scanner = studyScanner((study) => {
    studies.push(study);
    each(study);
  });
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  if (!reader) scanner.scan(await response.text());
  else
    for (;;) {
      const { done, value } = await reader.read();
      scanner.scan(decoder.decode(value, { stream: !done }));
      if (done) break;
    }
  return scanner.end() ? { studies } : {};
}

/**
 * A scanner over a JSON text that comes in pieces: it tracks strings, escapes and nesting across pieces, and
 * calls `each` with every object of the top-level `studies` list once that object has closed. `end()` says
 * whether there was a `studies` list, and throws a `SyntaxError` when the text was not one whole object.
 */
export function studyScanner(each: (study: unknown) => void): {
  scan(piece: string): void;
  end(): boolean;
} {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let closed = false;
  let hadStudies = false;
  /** The last string read at the top level (a key, once its colon comes), and the key being read. */
  let topString: string[] | undefined;
  let lastString = '';
  let key = '';
  let inStudies = false;
  /** The study being read: its earlier pieces, and where it began in this piece (-1: none). */
  let study: string[] | undefined;
  const wrong = (what: string) => new SyntaxError(`Not a batch answer: ${what}`);
  return {
    scan(piece) {
      let from = study ? 0 : -1;
      let stringFrom = topString ? 0 : -1;
      /** The next backslash at or after where it was last looked for. */
      let slash = -1;
      for (let i = 0; i < piece.length; i++) {
        if (inString) {
          // Strings are most of a study's text: jump to the next backslash or closing quote.
          if (escaped) {
            escaped = false;
            continue;
          }
          if (slash < i) {
            slash = piece.indexOf('\\', i);
            if (slash < 0) slash = Infinity;
          }
          const quote = piece.indexOf('"', i);
          const end = quote < 0 ? Infinity : quote;
          if (slash < end) {
            i = slash;
            escaped = true;
          } else if (end === Infinity) {
            i = piece.length;
          } else {
            i = quote;
            inString = false;
            if (topString) {
              topString.push(piece.slice(stringFrom, i + 1));
              lastString = topString.join('');
              topString = undefined;
            }
          }
          continue;
        }
        const c = piece.charCodeAt(i);
        if (depth === 0) {
          if (c === 0x7b /* { */ && !closed) depth = 1;
          else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
            throw wrong(closed ? 'more after the answer' : 'not an object');
        } else if (c === 0x22) {
          inString = true;
          if (depth === 1) {
            topString = [];
            stringFrom = i;
          }
        } else if (c === 0x3a /* : */ && depth === 1) {
          key = JSON.parse(lastString) as string;
        } else if (c === 0x7b || c === 0x5b /* [ */) {
          if (depth === 1 && c === 0x5b && key === 'studies') inStudies = hadStudies = true;
          else if (depth === 2 && c === 0x7b && inStudies) {
            study = [];
            from = i;
          }
          depth++;
        } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
          depth--;
          if (depth === 0) closed = true;
          else if (depth === 1) inStudies = false;
          else if (depth === 2 && study) {
            study.push(piece.slice(from, i + 1));
            each(JSON.parse(study.join('')));
            study = undefined;
          }
        }
      }
      if (study) study.push(piece.slice(from));
      if (topString) topString.push(piece.slice(stringFrom));
    },
    end() {
      if (!closed) throw wrong('it ended early');
      return hadStudies;
    },
  };
}

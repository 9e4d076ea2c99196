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
 * arrived whole (each one parsed with `JSON.parse`), and returns them all. It checks what the card relies on
 * (one JSON object with balanced braces and brackets and nothing after it, each study valid JSON) but not the
 * commas and colons around the list. When the answer breaks off or is not that shape, this rejects with a
 * `SyntaxError` and stops reading the body, and `each` has had only the studies that were whole before that
 * point.
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
  try {
    if (!reader) scanner.scan(await response.text());
    else
      for (;;) {
        const { done, value } = await reader.read();
        scanner.scan(decoder.decode(value, { stream: !done }));
        if (done) break;
      }
    return scanner.end() ? { studies } : {};
  } catch (error) {
    // Nothing after a broken answer is read: stop the download.
    void reader?.cancel().catch(() => {});
    throw error;
  }
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
  /** The pieces of the top-level string being read (a key or a value), if one is. */
  let topString: string[] | undefined;
  /** The last top-level string read, as JSON text: the key, once a colon follows it. */
  let lastString = '';
  /** The key of the top-level value being read. */
  let key = '';
  /** Whether the top-level `studies` list is open. */
  let inStudies = false;
  /** The earlier pieces of the study being read, if one is. */
  let study: string[] | undefined;
  const wrong = (what: string) => new SyntaxError(`Not a batch answer: ${what}`);
  return {
    scan(piece) {
      /** Where, in this piece, the study and the top-level string being read began. */
      let from = study ? 0 : -1;
      let stringFrom = topString ? 0 : -1;
      /** The next backslash and quote at or after where each was last looked for (Infinity: none left). */
      let slash = -1;
      let quote = -1;
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
          if (quote < i) {
            quote = piece.indexOf('"', i);
            if (quote < 0) quote = Infinity;
          }
          if (slash < quote) {
            i = slash;
            escaped = true;
          } else if (quote === Infinity) {
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

/**
 * The real records the corpus tests read, over the test server: the 304-record corpus
 * (test/fixtures/corpus/, provenance in its SOURCES.md), the 22 recorded studies (test/fixtures/studies/) and,
 * on request, the labelled variants in test/fixtures/synthetic/ (each listed in test/fixtures/SOURCES.md).
 */
import type { Study } from '../src/registry/types.js';

/** Every record in a fixture folder, by the ids that the table rows (`row`) of a SOURCES.md list. */
async function records(folder: string, sources: string, row: RegExp): Promise<Study[]> {
  const table = await (await fetch(sources)).text();
  const ids = [...new Set([...table.matchAll(row)].map((m) => m[1]!))];
  return Promise.all(
    ids.map(async (id) => (await (await fetch(`${folder}/${id}.json`)).json()) as Study),
  );
}

export async function corpusRecords(options: { synthetic?: boolean } = {}): Promise<Study[]> {
  return [
    ...(await records(
      '/test/fixtures/corpus',
      '/test/fixtures/corpus/SOURCES.md',
      /^\| (NCT\d{8}) \|/gm,
    )),
    ...(await records(
      '/test/fixtures/studies',
      '/test/fixtures/SOURCES.md',
      /^\| `studies\/(NCT\d{8})\.json` \|/gm,
    )),
    ...(options.synthetic
      ? await records(
          '/test/fixtures/synthetic',
          '/test/fixtures/SOURCES.md',
          /^\| `synthetic\/(NCT\d{8})\.json` \|/gm,
        )
      : []),
  ];
}

/**
 * What the card writes on its host after each update: `data-join` and `data-as-of` (the "Can I join?" answer,
 * for pages that style or script by it) and, with `structured-data`, the schema.org JSON-LD child (its code
 * is loaded when a card first asks for it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Loaded } from '../blocks/context.js';
import { lazy, need } from '../lazy.js';
import { asOfAttribute } from '../view-model/join.js';

export class HostDataController implements ReactiveController {
  /** The study the JSON-LD child was written for. */
  #structuredFor: Loaded | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The study the card shows (`undefined` while loading or in error), and the one for structured data. */
    private readonly studies: () => { shown: Loaded | undefined; structured: Loaded | undefined },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { shown, structured } = this.studies();
    const join = shown?.view.header.join;
    const data = this.host.dataset;
    if (join) data['join'] = join.state;
    else delete data['join'];
    const asOf = join && asOfAttribute(join);
    if (asOf) data['asOf'] = asOf;
    else delete data['asOf'];
    const sync = lazy('structuredData')?.syncStructuredData;
    if (structured && !sync) need('structuredData');
    else if (structured !== this.#structuredFor) sync?.(this.host, structured);
    if (sync || !structured) this.#structuredFor = structured;
  }
}

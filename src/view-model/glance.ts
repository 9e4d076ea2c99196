/**
 * "Side effects at a glance": the serious-adverse-event and death shares of each results group, side by side.
 * Pure: built from the risk notes, so the picture says exactly what the sentences say.
 */
import type { GroupShare, RiskNote } from './plain.js';

export interface Share {
  affected: number;
  atRisk: number;
  /** 0–1 */
  share: number;
}

export interface GlanceRow {
  /** The group's title, from the record. */
  title: string;
  serious?: Share;
  deaths?: Share;
}

export interface Glance {
  rows: GlanceRow[];
  /** Whether the record reports deaths for any group (else the column is left out). */
  deaths: boolean;
}

const shareOf = (g: GroupShare): Share => ({
  affected: g.affected,
  atRisk: g.atRisk,
  share: g.affected / g.atRisk,
});

/** `undefined` when the record has no serious-adverse-event numbers. */
export function glanceOf(risks: RiskNote[]): Glance | undefined {
  let serious: GroupShare[] | undefined;
  let deaths: GroupShare[] = [];
  for (const note of risks) {
    if (note.kind === 'serious-adverse-events') serious = note.groups;
    if (note.kind === 'deaths') deaths = note.groups;
  }
  if (!serious) return undefined;
  // Groups are matched by the record's group id; without ids, by title and order among equal titles.
  const key = (groups: GroupShare[]) => {
    const seen = new Map<string, number>();
    return groups.map((g) => {
      if (g.id !== undefined) return `id\u0000${g.id}`;
      const n = seen.get(g.title) ?? 0;
      seen.set(g.title, n + 1);
      return `${n}\u0000${g.title}`;
    });
  };
  const deathKeys = key(deaths);
  const seriousKeys = key(serious);
  const rows = serious.map((group, i): GlanceRow => {
    const death = deaths[deathKeys.indexOf(seriousKeys[i] ?? '')];
    return {
      title: group.title,
      serious: shareOf(group),
      ...(death ? { deaths: shareOf(death) } : {}),
    };
  });
  // A group with deaths but no serious-event numbers still gets its row.
  deaths.forEach((group, i) => {
    if (!seriousKeys.includes(deathKeys[i] ?? ''))
      rows.push({ title: group.title, deaths: shareOf(group) });
  });
  return { rows, deaths: deaths.length > 0 };
}

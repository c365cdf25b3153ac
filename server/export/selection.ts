import type { SectionRecord } from '../store/plans.js';

/** A section of an export, with its depth in the outline (0 = part). */
export interface OutlineEntry {
  section: SectionRecord;
  depth: number;
  /** Brought in only as the heading above what was asked for: its own text stays out. */
  headingOnly: boolean;
}

/**
 * The sections of an export in outline order. Asking for a part takes everything under it;
 * asking for a section also brings its parts' headings, so its number reads in context.
 * Returns the unknown ids instead when some are not sections of the plan.
 */
export function selectSections(
  ordered: readonly SectionRecord[],
  wanted: readonly string[] | null,
): { entries: OutlineEntry[] } | { unknown: string[] } {
  const byId = new Map(ordered.map((s) => [s.id, s]));
  const depthOf = (s: SectionRecord): number => {
    let depth = 0;
    for (let p = s.parentId; p && depth < 64; p = byId.get(p)?.parentId ?? null) depth++;
    return depth;
  };
  const all = treeOrder(ordered);
  if (!wanted) {
    return {
      entries: all.map((section) => ({ section, depth: depthOf(section), headingOnly: false })),
    };
  }
  const unknown = wanted.filter((id) => !byId.has(id));
  if (unknown.length > 0) return { unknown };
  const chosen = new Set(wanted);
  const ancestorsOf = (s: SectionRecord): string[] => {
    const out: string[] = [];
    for (let p = s.parentId; p && out.length < 64; p = byId.get(p)?.parentId ?? null) out.push(p);
    return out;
  };
  const included = all.filter((s) => chosen.has(s.id) || ancestorsOf(s).some((a) => chosen.has(a)));
  const asked = new Set(included.map((s) => s.id));
  const withContext = new Set(included.flatMap((s) => [s.id, ...ancestorsOf(s)]));
  return {
    entries: all
      .filter((s) => withContext.has(s.id))
      .map((section) => ({
        section,
        depth: depthOf(section),
        headingOnly: !asked.has(section.id),
      })),
  };
}

/** Parents before their children, siblings by position. */
function treeOrder(sections: readonly SectionRecord[]): SectionRecord[] {
  const children = new Map<string | null, SectionRecord[]>();
  const ids = new Set(sections.map((s) => s.id));
  for (const s of sections) {
    const parent = s.parentId && ids.has(s.parentId) ? s.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), s]);
  }
  const out: SectionRecord[] = [];
  const visit = (parent: string | null): void => {
    const list = (children.get(parent) ?? []).sort((a, b) => a.position - b.position);
    for (const s of list) {
      out.push(s);
      visit(s.id);
    }
  };
  visit(null);
  return out;
}

/** The outline tree: parts ("Phần I") with their child sections, in position order. */
import type { PlanSection } from './types.js';

export interface OutlineNode {
  section: PlanSection;
  children: OutlineNode[];
}

const byPosition = (a: PlanSection, b: PlanSection) =>
  a.position - b.position || a.number.localeCompare(b.number);

export function buildOutline(sections: Iterable<PlanSection>): OutlineNode[] {
  const all = [...sections].sort(byPosition);
  const ids = new Set(all.map((s) => s.id));
  const childrenOf = new Map<string | null, PlanSection[]>();
  for (const section of all) {
    // A section whose parent is unknown is shown at the top rather than lost.
    const parent = section.parentId !== null && ids.has(section.parentId) ? section.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(section);
    childrenOf.set(parent, list);
  }
  const build = (parentId: string | null, seen: Set<string>): OutlineNode[] =>
    (childrenOf.get(parentId) ?? [])
      .filter((section) => !seen.has(section.id))
      .map((section) => ({
        section,
        children: build(section.id, new Set([...seen, section.id])),
      }));
  return build(null, new Set());
}

/** The live plan room once it has data (it is the truth), the REST answer until then. */
export function currentSections(
  initial: readonly PlanSection[],
  live: ReadonlyMap<string, PlanSection> | null,
): ReadonlyMap<string, PlanSection> {
  if (live && live.size > 0) return live;
  return new Map(initial.map((section) => [section.id, section]));
}

import type { Node } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { indicatorRefAttrs, INDICATOR_REF } from '../../shared/editor/indicatorRef.js';
import { referenceKey, shownFigure } from '../../shared/indicatorRefs.js';
import { formatFigure, TEXT_LOCALE } from '../../shared/indicators.js';
import type { Store } from '../store/store.js';

/** Rewrites a section's text with each indicator reference replaced by the figure it shows. */
export type FiguresAsText = (sectionId: string, doc: Node) => Node;

/**
 * For outputs that have no registry beside them (the Word export): each reference becomes the
 * text of the figure it shows — the section's frozen figure when it has one, else the registry's
 * — in Vietnamese format with its unit, keeping the reference's marks. A reference to a figure
 * the registry does not have is written as such, never dropped.
 */
export async function figuresAsText(store: Store, planId: string): Promise<FiguresAsText> {
  const indicators = new Map((await store.indicators.ofPlan(planId)).map((i) => [i.id, i]));
  const freezes = await store.indicatorFreezes.ofPlan(planId);
  return (sectionId, doc) => {
    const refs: { pos: number; node: Node }[] = [];
    doc.descendants((node, pos) => {
      if (node.type.name === INDICATOR_REF) refs.push({ pos, node });
      return node.type.name !== INDICATOR_REF;
    });
    if (refs.length === 0) return doc;
    const transform = new Transform(doc);
    // From the end, so earlier positions stay valid.
    for (const { pos, node } of refs.reverse()) {
      const attrs = indicatorRefAttrs(node);
      const indicator = attrs ? indicators.get(attrs.indicator) : undefined;
      const frozen = attrs
        ? freezes.get(sectionId)?.[referenceKey(attrs.indicator, attrs.year)]
        : undefined;
      const shown = attrs ? shownFigure(indicator, attrs.year, frozen) : null;
      const text =
        shown && shown.value !== null
          ? formatFigure(TEXT_LOCALE, shown.value, shown.unit)
          : `[${indicator?.code ?? attrs?.indicator ?? '?'} ${attrs?.year ?? ''}: chưa có số liệu]`;
      transform.replaceWith(pos, pos + node.nodeSize, doc.type.schema.text(text, node.marks));
    }
    return transform.doc;
  };
}

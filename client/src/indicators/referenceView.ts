/**
 * The editor's drawing of an indicator reference: the figure in Vietnamese format with its unit
 * ("8,2%", "1.624,8 tỷ đồng"), the discreet mark of an estimate or a preliminary figure, and a
 * flag when the section's frozen value is no longer the registry's. It follows the live registry
 * itself: a change of a figure redraws the references, with no write to the section.
 */
import type { NodeViewRenderer } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';
import { indicatorRefAttrs } from '../../../shared/editor/indicatorRef.js';
import { referenceKey, shownFigure, type ShownFigure } from '../../../shared/indicatorRefs.js';
import { formatFigure, TEXT_LOCALE } from '../../../shared/indicators.js';
import { translate } from '../i18n/translate.js';
import { isProvisional } from './format.js';
import { liveRegistry, subscribeLiveRegistry } from './liveRegistry.js';

/** Where a reference is cited: which plan's registry, which section's freeze. */
export interface ReferenceScope {
  planId: string;
  sectionId: string;
}

/** What a reference of this section shows, with the indicator's code for a fallback label. */
export function figureOf(
  scope: ReferenceScope,
  indicator: string,
  year: number,
): ShownFigure & { code: string } {
  const registry = liveRegistry(scope.planId);
  const found = registry.indicators.get(indicator);
  const frozen = registry.freezes.get(scope.sectionId)?.[referenceKey(indicator, year)];
  return { ...shownFigure(found, year, frozen), code: found?.code ?? indicator };
}

/**
 * Draws a reference into its element: the figure, its kind's mark, the flag of a frozen figure
 * the registry has moved from. The editor's node view and the reader both draw with it.
 */
export function paintReference(
  dom: HTMLElement,
  scope: ReferenceScope,
  attrs: { indicator: string; year: number } | null,
): void {
  const figure = attrs ? figureOf(scope, attrs.indicator, attrs.year) : null;
  const text =
    figure && figure.value !== null
      ? formatFigure(TEXT_LOCALE, figure.value, figure.unit)
      : `#${figure?.code ?? '?'} ${attrs?.year ?? ''}`;
  const mark = figure?.kind && isProvisional({ kind: figure.kind }) ? figure.kind : null;
  const state = figure?.state ?? 'missing';
  dom.className = [
    'indicator-ref',
    `indicator-ref--${state}`,
    figure?.retired ? 'indicator-ref--retired' : '',
  ].join(' ');
  dom.dataset.indicator = attrs?.indicator ?? '';
  dom.dataset.year = String(attrs?.year ?? '');
  dom.dataset.testid = 'indicator-ref';
  dom.replaceChildren(document.createTextNode(text));
  if (mark) {
    const sup = document.createElement('sup');
    sup.className = 'ind-kind-mark';
    sup.textContent = translate('vi', `ind.mark.${mark}`);
    dom.append(sup);
  }
  if (state === 'moved') {
    const flag = document.createElement('span');
    flag.className = 'indicator-ref__flag';
    flag.setAttribute('aria-hidden', 'true');
    flag.textContent = '⚑';
    dom.append(flag);
  }
}

class ReferenceView implements NodeView {
  readonly dom: HTMLElement;
  private readonly unsubscribe: () => void;

  constructor(
    private node: ProseMirrorNode,
    private readonly scope: ReferenceScope,
  ) {
    this.dom = document.createElement('span');
    this.dom.contentEditable = 'false';
    // Focusable, so a keyboard user can open the hover card (name, year, kind, source).
    this.dom.tabIndex = 0;
    this.draw();
    this.unsubscribe = subscribeLiveRegistry(() => this.draw());
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.draw();
    return true;
  }

  private draw(): void {
    paintReference(this.dom, this.scope, indicatorRefAttrs(this.node));
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.unsubscribe();
  }
}

export const referenceView =
  (scope: ReferenceScope): NodeViewRenderer =>
  ({ node }) =>
    new ReferenceView(node, scope);

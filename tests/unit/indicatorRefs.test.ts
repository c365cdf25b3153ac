/**
 * Indicator references (issue 13, point 3–4): the node survives the schema and Yjs holding only
 * the indicator and the year; what a reference shows — live, frozen, flagged, missing — and
 * figures written the Vietnamese way.
 */
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentSchema } from '../../shared/editor/content.js';
import { indicatorRefsIn } from '../../shared/editor/indicatorRef.js';
import { shownFigure, type FrozenFigure } from '../../shared/indicatorRefs.js';
import { formatFigure, type Indicator } from '../../shared/indicators.js';
import { BODY_FIELD } from '../../shared/protocol/collab.js';

const GROWTH = 'QHT.GRDP_TT';
const ref = (indicator: string, year: unknown): JSONContent => ({
  type: 'indicatorRef',
  attrs: { indicator, year },
});

const indicator: Indicator = {
  id: GROWTH,
  planId: 'QHT',
  code: 'GRDP_TT',
  nameVi: 'Tốc độ tăng trưởng GRDP',
  nameEn: 'GRDP growth',
  unit: '%',
  group: 'economy',
  owner: 'CTK',
  retired: false,
  values: [{ year: 2020, kind: 'estimate', value: 2.4, note: '', updatedAt: '', updatedBy: '' }],
};

const frozen = (value: number): FrozenFigure => ({
  indicatorId: GROWTH,
  year: 2020,
  kind: 'estimate',
  value,
  unit: '%',
  frozenAt: '2026-12-01T00:00:00.000Z',
});

describe('the indicator reference node', () => {
  it('round-trips through the schema and Yjs holding only the indicator and the year', () => {
    const schema = contentSchema();
    const body: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Tăng trưởng đạt ' },
            ref(GROWTH, 2020),
            { type: 'text', text: ', mục tiêu ' },
            ref(GROWTH, 2030),
          ],
        },
      ],
    };
    const doc = new Y.Doc();
    prosemirrorJSONToYXmlFragment(schema, body, doc.getXmlFragment(BODY_FIELD));
    const back = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), schema);
    expect((back.toJSON() as JSONContent).content?.[0]?.content).toEqual(
      body.content?.[0]?.content,
    );
    expect(indicatorRefsIn(back)).toEqual([
      { indicator: GROWTH, year: 2020 },
      { indicator: GROWTH, year: 2030 },
    ]);
  });

  it('skips references that are not real ones (a year out of range, a bad id)', () => {
    const schema = contentSchema();
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [ref(GROWTH, 1999), ref('bad id!', 2020), ref(GROWTH, 2050)],
        },
      ],
    });
    expect(indicatorRefsIn(doc)).toEqual([{ indicator: GROWTH, year: 2050 }]);
  });
});

describe('what a reference shows', () => {
  it('the live value, or nothing for an unknown indicator or year', () => {
    expect(shownFigure(indicator, 2020, undefined)).toMatchObject({
      state: 'live',
      value: 2.4,
      kind: 'estimate',
    });
    expect(shownFigure(indicator, 2019, undefined).state).toBe('missing');
    expect(shownFigure(undefined, 2020, undefined).state).toBe('missing');
  });

  it('the frozen value, flagged with the current one once the registry has moved', () => {
    expect(shownFigure(indicator, 2020, frozen(2.4))).toMatchObject({
      state: 'frozen',
      value: 2.4,
      current: null,
    });
    expect(shownFigure(indicator, 2020, frozen(3.1))).toMatchObject({
      state: 'moved',
      value: 3.1,
      current: { value: 2.4, kind: 'estimate' },
    });
    // the frozen figure outlives the indicator itself
    expect(shownFigure(undefined, 2020, frozen(3.1))).toMatchObject({ state: 'moved', value: 3.1 });
  });

  it('writes figures the Vietnamese way', () => {
    expect(formatFigure('vi-VN', 8.2, '%')).toBe('8,2%');
    expect(formatFigure('vi-VN', 2.95, '%/năm')).toBe('2,95%/năm');
    expect(formatFigure('vi-VN', 1624.8, 'tỷ đồng')).toBe('1.624,8 tỷ đồng');
    expect(formatFigure('en-GB', 1624.8, 'tỷ đồng')).toBe('1,624.8 tỷ đồng');
  });
});

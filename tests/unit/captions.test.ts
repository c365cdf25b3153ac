import { describe, expect, it } from 'vitest';
import { captionLabel, numberCaptions } from '../../shared/editor/captions.js';
import { contentSchema } from '../../shared/editor/content.js';

const figure = (caption: string) => ({
  type: 'figure',
  attrs: { file: 'c'.repeat(64) },
  content: [{ type: 'text', text: caption }],
});
const table = {
  type: 'table',
  content: [
    {
      type: 'tableRow',
      content: [{ type: 'tableCell', content: [{ type: 'paragraph' }] }],
    },
  ],
};

describe('caption numbers', () => {
  it('are the section number, then the order of the kind in the section', () => {
    expect(captionLabel('figure', 'III.1', 2)).toBe('Hình III.1.2');
    expect(captionLabel('table', 'I.4', 1)).toBe('Bảng I.4.1');
    expect(captionLabel('table', 'Phần II', 3)).toBe('Bảng II.3');
    expect(captionLabel('figure', 'Mở đầu', 1)).toBe('Hình 1');
    expect(captionLabel('figure', 'III.1', 2, 'en')).toBe('Figure III.1.2');
  });

  it('count figures and tables apart, in document order, inside tables too', () => {
    const doc = contentSchema().nodeFromJSON({
      type: 'doc',
      content: [
        figure('Bản đồ'),
        { type: 'paragraph', content: [{ type: 'text', text: 'Văn bản' }] },
        table,
        figure('Biểu đồ'),
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [{ type: 'tableCell', content: [figure('Sơ đồ trong bảng')] }],
            },
          ],
        },
      ],
    });
    const labels = numberCaptions(doc, 'III.1').map((c) => c.label);
    expect(labels).toEqual([
      'Hình III.1.1',
      'Bảng III.1.1',
      'Hình III.1.2',
      'Bảng III.1.2',
      'Hình III.1.3',
    ]);
    const positions = numberCaptions(doc, 'III.1').map((c) => doc.nodeAt(c.pos)?.type.name);
    expect(positions).toEqual(['figure', 'table', 'figure', 'table', 'figure']);
  });
});

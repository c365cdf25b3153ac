/**
 * The plan as a .docx in the Decree 30/2020 layout: the zip's XML is read back and checked for
 * A4 and the margins, Times New Roman 14 pt, page numbers in a header that skips the cover, the
 * cover, the table of contents field, headings and numbering, tables, links and the selection
 * of parts; the comment-response summary as a landscape table; downloads' names and errors.
 */
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { contentSchema } from '../../shared/editor/content.js';
import { BODY_FIELD } from '../../shared/protocol/collab.js';
import { docxParts, docxText, part } from '../helpers/docx.js';
import { openThread, PLAN_ID } from '../helpers/review.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { RICH_SECTION } from '../fixtures/richSection.js';
import type { TestServer } from '../helpers/server.js';
import type { ApiClient } from '../helpers/api.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function download(server: TestServer, who: ApiClient | null, path: string) {
  const response = await fetch(`${server.httpUrl}${path}`, {
    headers: who ? { cookie: who.cookie } : {},
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

describe('export of the plan as .docx', () => {
  const fixture = useSignedInServer(['bcd', 'sct'] as const);

  const writeSection = async (sectionId: string): Promise<void> => {
    const doc = prosemirrorJSONToYDoc(contentSchema(), RICH_SECTION, BODY_FIELD);
    await fixture.server.planfold.store.documents.append(
      sectionId,
      Y.encodeStateAsUpdate(doc),
      sectionId,
    );
  };

  it('lays the whole plan out as Decree 30 asks', async () => {
    await writeSection('S3_1');
    const { status, headers, bytes } = await download(
      fixture.server,
      fixture.as.bcd,
      `/api/plans/${PLAN_ID}/export.docx`,
    );
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain(DOCX);
    const disposition = headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="Quy hoach tinh Lang Son[^"]*\.docx"/);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Quy hoạch tỉnh')}`);

    const parts = docxParts(bytes);
    const document = part(parts, 'word/document.xml');
    // A4 portrait, margins 20/20/30/15 mm, a different first page (the cover) without a number.
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(document).toContain('<w:titlePg/>');
    const defaultHeader = /<w:headerReference w:type="default" r:id="(rId\d+)"\/>/.exec(document);
    const firstHeader = /<w:headerReference w:type="first" r:id="(rId\d+)"\/>/.exec(document);
    expect(defaultHeader && firstHeader).toBeTruthy();
    const rels = part(parts, 'word/_rels/document.xml.rels');
    const headerFile = (id: string): string =>
      part(parts, `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? ''}`);
    const numbered = headerFile(defaultHeader![1]!);
    expect(numbered).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(numbered).toContain('<w:jc w:val="center"/>');
    expect(headerFile(firstHeader![1]!)).not.toContain('PAGE');

    // Times New Roman 14 pt, justified, first-line indent 1.27 cm, 6 pt before, line 1.2.
    const styles = part(parts, 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:jc w:val="both"/>');
    expect(defaults).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(defaults).toMatch(/<w:spacing [^>]*w:before="120"/);
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="288"/);
    // Part headings centred and bold.
    const heading1 = /<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<\/w:style>/.exec(
      styles,
    )?.[0];
    expect(heading1).toContain('<w:jc w:val="center"/>');
    expect(heading1).toContain('<w:b/>');

    const text = docxText(document);
    // The cover.
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
    expect(text).toContain('QUY HOẠCH TỈNH LẠNG SƠN THỜI KỲ 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050');
    expect(text).toContain('Dự thảo');
    expect(text).toMatch(/Lạng Sơn, tháng \d{2} năm \d{4}/);
    // The table of contents field, and Word asked to fill it in.
    expect(document).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;/);
    expect(part(parts, 'word/settings.xml')).toContain('<w:updateFields');
    // Part number and title in capitals; section numbers as in the outline.
    expect(document).toMatch(/PHẦN III<\/w:t>[\s\S]*?<w:br\/>[\s\S]*?PHƯƠNG HƯỚNG PHÁT TRIỂN/);
    expect(text).toMatch(/III\.1\. Phát triển công nghiệp/);
    // The section's text: headings, marks, lists, table with header row and merged cell, link.
    expect(document).toMatch(/<w:pStyle w:val="Heading3"\/>[\s\S]*?Mục tiêu phát triển/);
    expect(document).toMatch(/<w:b\/>[\s\S]*?<w:t[^>]*>công nghiệp<\/w:t>/);
    expect(document).toMatch(/<w:i\/>[\s\S]*?<w:t[^>]*>8,5%\/năm<\/w:t>/);
    expect(document).toMatch(/<w:u w:val="single"\/>[\s\S]*?giai đoạn 2021 - 2030/);
    expect(document).toMatch(/<w:ilvl w:val="1"\/>[\s\S]*?Giai đoạn 1: 250 ha/);
    expect(part(parts, 'word/numbering.xml')).toContain('w:val="decimal"');
    expect(document).toMatch(/<w:tblHeader\/>[\s\S]*?Chỉ tiêu/);
    // Footnotes as Word footnotes; tables captioned and numbered per section, above the table.
    expect(document).toMatch(
      /Số liệu năm 2020<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:footnoteReference w:id="1"\/>/,
    );
    expect(part(parts, 'word/footnotes.xml')).toContain('Niên giám thống kê tỉnh Lạng Sơn 2020.');
    expect(document).toMatch(
      /<w:pStyle w:val="Caption"\/>[\s\S]*?Bảng III\.1\.1\. Giá trị sản xuất công nghiệp<\/w:t>[\s\S]*?<w:tbl>/,
    );
    expect(document).toMatch(/<w:gridSpan w:val="2"\/>[\s\S]*?Nguồn: Cục Thống kê/);
    expect(document).toMatch(/<w:tblBorders>[\s\S]*?<w:insideH w:val="single"/);
    expect(document).toMatch(/<w:hyperlink [^>]*r:id="([^"]+)"[\s\S]*?cổng thông tin/);
    expect(rels).toContain('Target="https://langson.gov.vn"');
  });

  it('exports a part alone, with its sections, and one section from its page', async () => {
    const onePart = await download(
      fixture.server,
      fixture.as.sct,
      `/api/plans/${PLAN_ID}/export.docx?sections=P2,S3_1`,
    );
    expect(onePart.status).toBe(200);
    const text = docxText(part(docxParts(onePart.bytes), 'word/document.xml'));
    expect(text).toContain('PHẦN II');
    expect(text).toMatch(/II\.1\. /);
    expect(text).toContain('PHẦN III');
    expect(text).toMatch(/III\.1\. Phát triển công nghiệp/);
    expect(text).not.toMatch(/III\.2\. /);
    expect(text).not.toContain('PHẦN I\n');

    const section = await download(
      fixture.server,
      fixture.as.sct,
      '/api/sections/S3_1/export.docx',
    );
    expect(section.status).toBe(200);
    expect(section.headers.get('content-disposition')).toContain(
      'filename="III.1 Phat trien cong nghiep',
    );
    const sectionText = docxText(part(docxParts(section.bytes), 'word/document.xml'));
    expect(sectionText).toContain('Mục tiêu phát triển');
    expect(sectionText).not.toMatch(/III\.2\. /);
  });

  it('answers clearly for unknown sections, unknown plans and strangers', async () => {
    const { server, as } = fixture;
    const unknown = await download(
      server,
      as.sct,
      `/api/plans/${PLAN_ID}/export.docx?sections=S9_9`,
    );
    expect(unknown.status).toBe(400);
    expect(JSON.parse(new TextDecoder().decode(unknown.bytes))).toMatchObject({
      error: { code: 'unknown-sections' },
    });
    expect((await download(server, as.sct, '/api/plans/nope/export.docx')).status).toBe(404);
    expect((await download(server, as.sct, '/api/sections/nope/export.docx')).status).toBe(404);
    expect((await download(server, null, `/api/plans/${PLAN_ID}/export.docx`)).status).toBe(401);
  });

  it('files the comment-response summary as a landscape table grouped by section', async () => {
    const { server, as } = fixture;
    await openThread(as.bcd, 'S3_1', 'Cần bổ sung số liệu năm 2020.', 'công nghiệp');
    const { status, headers, bytes } = await download(
      server,
      as.sct,
      `/api/plans/${PLAN_ID}/comments.docx`,
    );
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain(DOCX);
    const document = part(docxParts(bytes), 'word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const text = docxText(document);
    expect(text).toContain('BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý');
    expect(text).toContain('Ý kiến tiếp thu/giải trình');
    // Numbered over the whole plan: the demo's own threads on earlier sections come first.
    expect(text).toMatch(/III\.1\. Phát triển công nghiệp\n\d+\nIII\.1/);
    expect(text).toContain('Cần bổ sung số liệu năm 2020.');
    expect(document).toMatch(/<w:tblHeader\/>[\s\S]*?STT/);
  });
});

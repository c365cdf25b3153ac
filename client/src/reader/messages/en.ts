/** English UI strings of the whole-plan reader (keys of reader/messages/vi.ts). */
import type { readerVi } from './vi.js';

export const readerEn: Record<keyof typeof readerVi, string> = {
  'rd.nav': 'Read the plan',
  'rd.openFromPlan': 'Read the whole plan',
  'rd.title': 'The plan as one document',
  'rd.part': 'Scope',
  'rd.part.all': 'The whole plan',
  'rd.showStatus': "Show each section's status",
  'rd.print': 'Print / Save as PDF',
  'rd.docx': 'Download .docx',
  'rd.pdf': 'Download PDF',
  'rd.toc': 'Contents',
  'rd.loading': 'Loading the text…',
  'rd.refreshing': 'Updating section {number}…',
  'rd.live': 'Updates by itself when something changes',
  'rd.liveOff': 'Live connection lost; the text may not be the latest',
  'rd.empty': '(This section has no text yet.)',
  // The cover is the state's document format: it stays in Vietnamese in both languages.
  'rd.cover.issuer': 'ỦY BAN NHÂN DÂN TỈNH {province}',
  'rd.cover.issuerPlain': 'ỦY BAN NHÂN DÂN',
  'rd.cover.edition': 'Dự thảo',
  'rd.cover.date': '{place}tháng {month} năm {year}',
};

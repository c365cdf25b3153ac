/** English UI strings of the Word import (keys of wordImport/messages/vi.ts). */
import type { wordImportVi } from './vi.js';

export const wordImportEn: Record<keyof typeof wordImportVi, string> = {
  'wi.open': 'Import from Word…',
  'wi.title': 'Import from a Word file',
  'wi.file': 'Word file (.docx, up to 20 MB)',
  'wi.reading': 'Reading the file…',
  'wi.preview': 'Preview of what will be imported',
  'wi.report': 'Conversion report',
  'wi.report.blocks': '{count} blocks (paragraphs, headings, lists, tables, figures)',
  'wi.report.footnotes': '{count} footnotes kept',
  'wi.report.figures': '{count} pictures kept as figures',
  'wi.report.nothingLost': 'Nothing is left out.',
  'wi.report.dropped': 'Not kept:',
  'wi.report.image':
    'Picture {index}{alt} (format not supported; marked [Hình {index}] in the text)',
  'wi.report.lost': 'Formatting left out: {what} (the text is kept)',
  'wi.report.warning': 'Converter note: {message}',
  'wi.mode': 'Put into the section',
  'wi.mode.end': 'Add at the end',
  'wi.mode.at': 'Insert after the paragraph with the cursor',
  'wi.mode.replace': 'Replace all of the current text',
  'wi.replaceWarning':
    "The section's current text will be replaced. An earlier text can be found under Versions if one was saved.",
  'wi.undoNote':
    "The import is one change in the section's history and audit log; Undo (Ctrl+Z) does not take it back.",
  'wi.confirm': 'Import into the section',
  'wi.importing': 'Importing…',
  'wi.cancel': 'Cancel',
  'wi.other': 'Choose another file',
  'wi.done': '"{name}" was imported into the section.',
  'error.not-docx': 'This file is not a Word file (.docx).',
  'error.docx-encrypted': 'The Word file is password-protected; remove the password and try again.',
  'error.docx-unreadable': 'The Word file is damaged or holds content that cannot be read.',
  'error.quota-exceeded': "The plan's storage for files is full.",
};

/** Word import: a preview of what a file would bring, then the import itself. */
import { requestJson } from '../api/http.js';
import type { ImportMode } from '../../../shared/importReport.js';
import {
  ImportDoneWire,
  ImportPreviewWire,
  type ImportPreview,
  type ImportReport,
} from './wire.js';

const importPath = (sectionId: string, rest: string, query: Record<string, string>) =>
  `/api/sections/${encodeURIComponent(sectionId)}/import${rest}?${new URLSearchParams(query).toString()}`;

export const wordImportApi = {
  preview(sectionId: string, file: File): Promise<ImportPreview> {
    const path = importPath(sectionId, '/preview', { name: file.name });
    return requestJson('POST', path, ImportPreviewWire, file);
  },

  async confirm(
    sectionId: string,
    file: File,
    mode: ImportMode,
    at: string | null,
  ): Promise<ImportReport> {
    const query = { name: file.name, mode, ...(mode === 'at' && at ? { at } : {}) };
    return (await requestJson('POST', importPath(sectionId, '', query), ImportDoneWire, file))
      .report;
  },
};

import type { Response } from 'express';

// A semicolon too: Excel in a Vietnamese locale separates cells with it.
const needsQuotes = /[",;\r\n]/;
// A leading =, +, - or @ would run as a formula in Excel.
const formulaStart = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  separator: ',' | ';' = ',',
): string {
  return [header, ...rows].map((r) => r.map(cell).join(separator)).join('\r\n') + '\r\n';
}

/** Sends CSV as UTF-8 with a byte-order mark, which Excel needs to read Vietnamese correctly. */
export function sendCsv(res: Response, filename: string, csv: string): void {
  res
    .type('text/csv; charset=utf-8')
    .set('Content-Disposition', `attachment; filename="${filename}"`)
    .send(`\uFEFF${csv}`);
}

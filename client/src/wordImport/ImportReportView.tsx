/** What a Word file brings and, above all, what it does not: nothing is dropped silently. */
import { useI18n } from '../i18n/context.js';
import type { ImportReport } from './wire.js';

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, number } = useI18n();
  const count = (n: number) => number(n);
  const dropped = [
    ...report.images.map((image) =>
      t('wi.report.image', {
        index: String(image.index),
        alt: image.alt ? ` “${image.alt}”` : '',
      }),
    ),
    ...(report.lostFormatting.length > 0
      ? [t('wi.report.lost', { what: report.lostFormatting.join(', ') })]
      : []),
    ...report.warnings.map((message) => t('wi.report.warning', { message })),
  ];
  return (
    <section
      className="import-report"
      aria-labelledby="import-report-title"
      data-testid="import-report"
    >
      <h3 id="import-report-title">{t('wi.report')}</h3>
      <ul>
        <li>{t('wi.report.blocks', { count: count(report.blocks) })}</li>
        {report.footnotes > 0 && (
          <li>{t('wi.report.footnotes', { count: count(report.footnotes) })}</li>
        )}
        {report.figures > 0 && <li>{t('wi.report.figures', { count: count(report.figures) })}</li>}
      </ul>
      {dropped.length === 0 ? (
        <p>{t('wi.report.nothingLost')}</p>
      ) : (
        <div className="import-report__dropped" data-testid="import-dropped">
          <p>{t('wi.report.dropped')}</p>
          <ul>
            {dropped.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

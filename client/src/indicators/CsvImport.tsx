/**
 * Import figures from a CSV (the Statistics Office works in Excel): choose the file, see what it
 * would change and which rows are refused and why, then apply the accepted rows as one change.
 */
import { useState } from 'react';
import { useAction } from '../api/useAction.js';
import { useI18n } from '../i18n/context.js';
import { ActionError } from '../workflow/ActionError.js';
import { indicatorApi, type ImportAnswer } from './api.js';

export function CsvImport({ planId, onApplied }: { planId: string; onApplied: () => void }) {
  const { t, number } = useI18n();
  const action = useAction();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);

  async function choose(chosen: File | undefined) {
    setAnswer(null);
    if (!chosen) return setFile(null);
    const csv = await chosen.text();
    setFile({ name: chosen.name, csv });
    await action.run(async () => setAnswer(await indicatorApi.importCsv(planId, csv, false)));
  }

  async function apply() {
    if (!file) return;
    const done = await action.run(async () =>
      setAnswer(await indicatorApi.importCsv(planId, file.csv, true)),
    );
    if (done) onApplied();
  }

  const figure = (f: { value: number; kind: string } | null) =>
    f ? `${number(f.value)} (${t(`ind.kind.${f.kind as 'actual'}`)})` : '—';

  return (
    <section className="ind-import" aria-labelledby="ind-import-title" data-testid="ind-import">
      <h2 id="ind-import-title">{t('ind.import.title')}</h2>
      <p className="muted">{t('ind.import.hint')}</p>
      <label>
        {t('ind.import.file')}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void choose(e.target.files?.[0])}
          data-testid="ind-import-file"
        />
      </label>
      {action.pending && <p className="loading">{t('app.loading')}</p>}
      <ActionError message={action.error} testId="ind-import-error" />
      {answer && (
        <div data-testid="ind-import-preview">
          <p role="status">
            {answer.applied
              ? t('ind.import.applied', { count: answer.changes.length })
              : t('ind.import.summary', {
                  changes: answer.changes.length,
                  refused: answer.refused.length,
                  unchanged: answer.unchanged,
                })}
          </p>
          {answer.changes.length > 0 && (
            <table className="data-table">
              <caption className="visually-hidden">{t('ind.import.changes')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ind.import.line')}</th>
                  <th scope="col">{t('ind.col.indicator')}</th>
                  <th scope="col">{t('ind.picker.year')}</th>
                  <th scope="col">{t('ind.import.from')}</th>
                  <th scope="col">{t('ind.import.to')}</th>
                </tr>
              </thead>
              <tbody>
                {answer.changes.map((c) => (
                  <tr key={c.line}>
                    <td>{c.line}</td>
                    <td>{c.code}</td>
                    <td>{c.year}</td>
                    <td>{figure(c.from)}</td>
                    <td>{figure(c.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {answer.refused.length > 0 && (
            <ul className="ind-import__refused" aria-label={t('ind.import.refused')}>
              {answer.refused.map((r) => (
                <li key={r.line} data-testid="ind-import-refused">
                  {t('ind.import.refusedRow', { line: r.line, code: r.code, reason: r.reason })}
                </li>
              ))}
            </ul>
          )}
          {!answer.applied && answer.changes.length > 0 && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => void apply()}
              disabled={action.pending}
              data-testid="ind-import-apply"
            >
              {t('ind.import.apply', { count: answer.changes.length })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

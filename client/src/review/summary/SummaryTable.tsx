/** The table of the summary, in the columns the province files it with. */
import { useT } from '../../i18n/context.js';
import type { SummaryRow } from '../wire.js';

const COLUMNS = [
  'review.col.index',
  'review.col.section',
  'review.col.agency',
  'review.col.author',
  'review.col.comment',
  'review.col.quote',
  'review.col.response',
  'review.col.state',
] as const;

function State({ row }: { row: SummaryRow }) {
  const t = useT();
  return (
    <>
      {row.resolved ? t('review.state.resolved') : t('review.state.open')}
      {row.responseKind === null && (
        <span className="summary__unanswered"> – {t('review.state.unanswered')}</span>
      )}
    </>
  );
}

export function SummaryTable({ rows, caption }: { rows: SummaryRow[]; caption: string }) {
  const t = useT();
  return (
    <table className="summary" data-testid="summary-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {COLUMNS.map((key) => (
            <th key={key} scope="col" className={`summary__col-${key.slice('review.col.'.length)}`}>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.index}`} data-testid="summary-row">
            <td className="summary__index">{row.index}</td>
            <td>{row.section}</td>
            <td>{row.agency}</td>
            <td>{row.author}</td>
            <td className="summary__text">{row.comment}</td>
            <td className="summary__text summary__quote">{row.quote}</td>
            <td className="summary__text">
              {row.responseKind && (
                <strong className="summary__kind">
                  {t(`review.response.${row.responseKind}`)}:{' '}
                </strong>
              )}
              {row.response}
            </td>
            <td>
              <State row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

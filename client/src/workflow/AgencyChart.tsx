/**
 * A stacked horizontal bar per agency, one segment per status, as inline SVG. The same figures
 * are given as text (the chart's description, and a list under it).
 */
import { useId } from 'react';
import { useI18n } from '../i18n/context.js';
import { statusName } from '../i18n/localized.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import { STATUS_COLORS } from './statusColors.js';
import { statusParts } from './statusParts.js';
import type { AgencyRow } from './wire.js';

const WIDTH = 900;
const LABEL = 300;
const BAR = WIDTH - LABEL - 40;
const ROW = 26;
const BAR_HEIGHT = 16;
const TOP = 8;
const MAX_LABEL = 42;

const shorten = (text: string) =>
  text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text;

interface Props {
  rows: AgencyRow[];
  agencies: AgencyDirectory;
}

export function AgencyChart({ rows, agencies }: Props) {
  const { t, lang, number } = useI18n();
  const captionId = useId();
  const listId = useId();
  const shown = rows.filter((row) => row.owned > 0);
  const max = Math.max(1, ...shown.map((row) => row.owned));
  const height = TOP * 2 + shown.length * ROW;
  const scale = (count: number) => (count / max) * BAR;
  const used = new Set(shown.flatMap((row) => statusParts(row.byStatus).map((p) => p.status)));
  const legend = statusParts(Object.fromEntries([...used].map((code) => [code, 1])));

  const describe = (row: AgencyRow) =>
    t('wf.dash.chartItem', {
      agency: agencyName(agencies, row.agency, lang),
      total: number(row.owned),
      parts: statusParts(row.byStatus)
        .map((p) =>
          t('wf.dash.chartPart', { count: number(p.count), status: statusName(lang, p.status) }),
        )
        .join(', '),
    });

  return (
    <figure className="dash-section chart" data-testid="dash-chart">
      <figcaption id={captionId} className="chart__caption">
        {t('wf.dash.chart')}
      </figcaption>
      <svg
        className="chart__svg"
        role="img"
        aria-labelledby={captionId}
        aria-describedby={listId}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
      >
        {[0, 0.5, 1].map((f) => (
          <line
            key={f}
            className="chart__grid"
            x1={LABEL + f * BAR}
            x2={LABEL + f * BAR}
            y1={TOP / 2}
            y2={height - TOP / 2}
          />
        ))}
        {shown.map((row, i) => {
          const y = TOP + i * ROW;
          const name = agencyName(agencies, row.agency, lang);
          let x = LABEL;
          return (
            <g key={row.agency} data-agency={row.agency}>
              <text className="chart__label" x={LABEL - 8} y={y + ROW / 2} textAnchor="end">
                <title>{name}</title>
                {shorten(name)}
              </text>
              {statusParts(row.byStatus).map(({ status, count }) => {
                const w = scale(count);
                const rect = (
                  <rect
                    key={status}
                    x={x}
                    y={y + (ROW - BAR_HEIGHT) / 2}
                    width={Math.max(0, w - 1)}
                    height={BAR_HEIGHT}
                    fill={STATUS_COLORS[status]}
                    data-status={status}
                  />
                );
                x += w;
                return rect;
              })}
              <text className="chart__value" x={x + 6} y={y + ROW / 2}>
                {number(row.owned)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="chart__legend" aria-hidden="true">
        {legend.map(({ status }) => (
          <li key={status}>
            <span className="swatch" style={{ backgroundColor: STATUS_COLORS[status] }} />
            {statusName(lang, status)}
          </li>
        ))}
      </ul>
      <details className="chart__text">
        <summary>{t('wf.dash.chartText')}</summary>
        <ul id={listId} data-testid="dash-chart-text">
          {shown.map((row) => (
            <li key={row.agency}>{describe(row)}</li>
          ))}
        </ul>
      </details>
    </figure>
  );
}

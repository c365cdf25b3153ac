/** An indicator's series as a plain SVG line: actual figures solid, targets dashed. */
import type { Indicator } from '../../../shared/indicators.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { formatFigure } from './format.js';

const W = 640;
const H = 220;
const PAD = { left: 64, right: 16, top: 16, bottom: 28 };

export function SeriesChart({ indicator }: { indicator: Indicator }) {
  const { t, lang } = useI18n();
  const values = indicator.values;
  if (values.length === 0) return <p className="muted">{t('ind.noValue')}</p>;
  const years = values.map((v) => v.year);
  const numbers = values.map((v) => v.value);
  const [x0, x1] = [Math.min(...years), Math.max(...years)];
  const low = Math.min(0, ...numbers);
  const high = Math.max(...numbers) || 1;
  const x = (year: number) =>
    PAD.left + (x1 === x0 ? 0 : ((year - x0) / (x1 - x0)) * (W - PAD.left - PAD.right));
  const y = (value: number) =>
    PAD.top + (1 - (value - low) / (high - low)) * (H - PAD.top - PAD.bottom);
  const line = (points: typeof values) =>
    points
      .map((v, i) => `${i === 0 ? 'M' : 'L'}${x(v.year).toFixed(1)},${y(v.value).toFixed(1)}`)
      .join(' ');
  const actual = values.filter((v) => v.kind !== 'target');
  const lastActual = actual.at(-1);
  const targets = values.filter((v) => v.kind === 'target');
  const name = pick(lang, indicator.nameVi, indicator.nameEn);

  return (
    <figure className="ind-chart" data-testid="ind-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('ind.chart.label', { name })}>
        <line
          x1={PAD.left}
          y1={y(low)}
          x2={W - PAD.right}
          y2={y(low)}
          className="ind-chart__axis"
        />
        <text x={PAD.left - 6} y={y(high) + 4} textAnchor="end" className="ind-chart__tick">
          {formatFigure(lang, high, '')}
        </text>
        <text x={PAD.left - 6} y={y(low) + 4} textAnchor="end" className="ind-chart__tick">
          {formatFigure(lang, low, '')}
        </text>
        {years.map((year) => (
          <text key={year} x={x(year)} y={H - 8} textAnchor="middle" className="ind-chart__tick">
            {String(year).slice(2)}
          </text>
        ))}
        <path d={line(actual)} className="ind-chart__line" />
        {lastActual && targets.length > 0 && (
          <path
            d={line([lastActual, ...targets])}
            className="ind-chart__line ind-chart__line--target"
          />
        )}
        {values.map((v) => (
          <circle
            key={v.year}
            cx={x(v.year)}
            cy={y(v.value)}
            r={3}
            className={`ind-chart__dot ind-chart__dot--${v.kind}`}
          >
            <title>{`${v.year}: ${formatFigure(lang, v.value, indicator.unit)} (${t(`ind.kind.${v.kind}`)})`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>
        {name} ({indicator.unit}) — {t('ind.chart.legend')}
      </figcaption>
    </figure>
  );
}

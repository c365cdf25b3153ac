/** Percentiles over raw samples: exact (sorting), since windows hold at most ~10⁶ samples. */

export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = Float64Array.from(samples).sort();
  // Nearest-rank: the smallest sample with at least p% of samples at or below it.
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? null;
}

export interface Summary {
  count: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { count: 0, p50: null, p99: null, max: null };
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number): number | null =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
    null;
  return { count: sorted.length, p50: at(50), p99: at(99), max: sorted[sorted.length - 1] ?? null };
}

/** Rounds for the report: enough digits to compare, not so many that noise looks like signal. */
export function round(value: number | null, digits = 2): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

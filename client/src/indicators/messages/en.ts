import type { indicatorsVi } from './vi.js';

/** English UI strings of the indicator registry (i18n/en.ts). */
export const indicatorsEn: Record<keyof typeof indicatorsVi, string> = {
  'wf.action.indicator': 'Indicator change',
};

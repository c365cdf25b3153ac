/** Vietnamese UI strings of the indicator registry, merged into the main dictionary (i18n/vi.ts). */
export const indicatorsVi = {
  'wf.action.indicator': 'Thay đổi số liệu',
};

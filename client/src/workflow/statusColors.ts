/**
 * Chart colours of the statuses: the badge hues (grey → blue → teal → amber → purple → green),
 * strong enough to tell segments apart; every segment is also named in text.
 */
import type { StatusCode } from '../../../shared/statuses.js';

export const STATUS_COLORS: Record<StatusCode, string> = {
  CHUA_BAT_DAU: '#aab3bc',
  DU_THAO: '#5b8fc7',
  DA_GUI_TU_VAN: '#2a8a8f',
  DANG_GOP_Y: '#d9a530',
  DA_TIEP_THU: '#62b0b3',
  TRINH_BCD: '#a38cc4',
  TRINH_THAM_DINH: '#7d5ea8',
  HOAN_THIEN_SAU_THAM_DINH: '#1d6468',
  TRINH_PHE_DUYET: '#553679',
  DA_DUYET_KHOA: '#2f7d46',
};

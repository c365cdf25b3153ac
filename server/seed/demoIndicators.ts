/**
 * The demo registry: the 29 shared indicators of the Lạng Sơn plan with plausible figures for
 * 2011–2020 (official up to 2018, preliminary 2019, estimated 2020 as in the launch notice: the
 * first half measured, the second estimated) and targets for 2025 and 2030. Illustrative only.
 */
import { z } from 'zod';
import { indicatorId, type IndicatorGroup, type IndicatorKind } from '../../shared/indicators.js';
import type { Store } from '../store/store.js';
import type { ValueWrite } from '../store/indicators.js';

const IndicatorFile = z.array(
  z.object({
    code: z.string(),
    name_vi: z.string(),
    name_en: z.string(),
    unit: z.string(),
    source_agency: z.string(),
  }),
);

/** group, 2011, 2020, 2025 target, 2030 target, decimals, and years that break the trend. */
type Series = [IndicatorGroup, number, number, number, number, number, Record<number, number>?];

const SERIES: Record<string, Series> = {
  GRDP_HH: ['economy', 17_240.5, 35_981.2, 58_000, 105_000, 1],
  GRDP_SS: ['economy', 14_102.3, 21_010.6, 29_500, 44_000, 1],
  // 2016–2020 ≈ 4,67%/năm (KH 99/KH-UBND); the 2021–2030 target is 8–9%/năm (QĐ 236/QĐ-TTg).
  GRDP_TT: [
    'economy',
    9.5,
    2.4,
    8,
    8.5,
    1,
    { 2012: 8.6, 2013: 7.8, 2014: 7.4, 2015: 7.6, 2016: 5.0, 2017: 5.1, 2018: 4.9, 2019: 6.0 },
  ],
  CC_NLTS: ['economy', 30.2, 21.6, 17, 12, 1],
  CC_CNXD: ['economy', 17.1, 22.3, 26, 32, 1],
  CC_DV: ['economy', 45.8, 48.7, 50, 49, 1],
  CC_THUE: ['economy', 6.9, 7.4, 7, 7, 1],
  GRDP_BQ: ['economy', 23.4, 45.1, 75, 130, 1],
  GRDP_BQ_USD: ['economy', 1_116, 1_942, 3_100, 5_300, 0],
  NSLD: ['economy', 37.2, 75.4, 120, 200, 1],
  DS_TB: ['population', 741.6, 791.4, 820, 850, 1],
  DS_TANG: ['population', 0.82, 0.76, 0.75, 0.7, 2],
  DTH: ['population', 19.6, 22.8, 30, 40, 1],
  HO_NGHEO: ['society', 25.3, 9.5, 4.5, 2, 1],
  LD_DAOTAO: ['society', 32.1, 56.2, 70, 80, 1],
  THU_NSNN: ['budget', 3_512.4, 6_705.8, 9_500, 15_000, 1],
  THU_NOIDIA: ['budget', 1_298.6, 2_912.3, 4_600, 8_000, 1],
  THU_XNK: ['budget', 2_213.8, 3_793.5, 5_000, 7_000, 1],
  KN_XNK_CK: ['economy', 2_811, 4_502, 8_000, 12_000, 0, { 2017: 5_250 }],
  KN_XK_DP: ['economy', 41.5, 121.8, 250, 500, 1],
  VON_DT: ['economy', 8_024.7, 19_106.4, 28_000, 45_000, 1],
  KHACH_DL: ['economy', 1_902, 2_216, 4_500, 6_500, 0, { 2019: 3_712 }],
  CHE_PHU_RUNG: ['environment', 52.1, 63.1, 64, 65, 1],
  XA_NTM: ['society', 0, 80, 105, 140, 0],
  GIUONG_BENH: ['society', 25.2, 30.5, 33, 35, 1],
  BAC_SI: ['society', 7.1, 9.6, 11, 13, 1],
  TRUONG_CHUAN: ['society', 30.4, 62.3, 75, 85, 1],
  NUOC_SACH_DT: ['society', 85.2, 95.1, 98, 100, 1],
  DIEN_TICH: ['land', 831_018, 831_018, 831_018, 831_018, 0],
};

const kindOf = (year: number): IndicatorKind =>
  year <= 2018 ? 'official' : year === 2019 ? 'preliminary' : 'estimate';

const round = (value: number, decimals: number): number =>
  Math.round(value * 10 ** decimals) / 10 ** decimals;

function seriesValues(id: string, series: Series): ValueWrite[] {
  const [, first, last, target2025, target2030, decimals, breaks = {}] = series;
  const writes: ValueWrite[] = [];
  for (let year = 2011; year <= 2020; year += 1) {
    const trend = first + ((last - first) * (year - 2011)) / 9;
    writes.push({
      indicatorId: id,
      year,
      kind: kindOf(year),
      value: round(breaks[year] ?? trend, decimals),
      note:
        year === 2020 ? 'Ước thực hiện cả năm (6 tháng đầu năm thực hiện)' : 'Niên giám thống kê',
    });
  }
  for (const [year, value] of [
    [2025, target2025],
    [2030, target2030],
  ] as const) {
    writes.push({
      indicatorId: id,
      year,
      kind: 'target',
      value,
      note: 'Dự thảo mục tiêu quy hoạch',
    });
  }
  return writes;
}

/** Seeds the registry of `planId`; values are set by the first account of the source agency. */
export async function seedDemoIndicators(
  store: Store,
  planId: string,
  file: unknown,
): Promise<void> {
  const indicators = IndicatorFile.parse(file);
  await store.indicators.insert(
    indicators.map((i) => ({
      id: indicatorId(planId, i.code),
      planId,
      code: i.code,
      nameVi: i.name_vi,
      nameEn: i.name_en,
      unit: i.unit,
      group: SERIES[i.code]?.[0] ?? 'economy',
      owner: i.source_agency,
    })),
  );
  const at = '2020-08-24T08:00:00.000Z';
  for (const owner of new Set(indicators.map((i) => i.source_agency))) {
    const user = await store.users.byUsername(owner.toLowerCase());
    if (!user) continue;
    const writes = indicators
      .filter((i) => i.source_agency === owner)
      .flatMap((i) => {
        const series = SERIES[i.code];
        return series ? seriesValues(indicatorId(planId, i.code), series) : [];
      });
    await store.indicators.setValues(writes, user.id, at);
  }
}

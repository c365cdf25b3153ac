/** The registry's answers (docs/api.md "Indicators"), validated at the edge. */
import * as z from 'zod/mini';
import { INDICATOR_GROUPS, INDICATOR_KINDS } from '../../../shared/indicators.js';

export const IndicatorValueWire = z.object({
  year: z.number(),
  kind: z.enum(INDICATOR_KINDS),
  value: z.number(),
  note: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const IndicatorWire = z.object({
  id: z.string(),
  planId: z.string(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  group: z.enum(INDICATOR_GROUPS),
  owner: z.string(),
  retired: z.boolean(),
  values: z.array(IndicatorValueWire),
});

export const IndicatorsWire = z.object({ indicators: z.array(IndicatorWire) });
export const IndicatorAnswerWire = z.object({ indicator: IndicatorWire });

export const FrozenFigureWire = z.object({
  indicatorId: z.string(),
  year: z.number(),
  kind: z.enum(INDICATOR_KINDS),
  value: z.number(),
  unit: z.string(),
  frozenAt: z.string(),
});

/** A frozen section's figures by reference key (the plan room's `indicatorFreezes`). */
export const SectionFreezeWire = z.record(z.string(), FrozenFigureWire);

export const UsageWire = z.object({
  sections: z.array(z.object({ sectionId: z.string(), count: z.number() })),
});

const ReferenceProblemWire = z.object({ indicatorId: z.string(), year: z.number() });

/** GET /api/sections/:id/consistency */
export const ConsistencyWire = z.object({
  typed: z.array(
    z.object({
      indicatorId: z.string(),
      sentence: z.string(),
      typed: z.string(),
      value: z.number(),
      verdict: z.enum(['matches', 'differs']),
      years: z.array(z.number()),
    }),
  ),
  retired: z.array(ReferenceProblemWire),
  missing: z.array(ReferenceProblemWire),
  moved: z.array(
    z.object({
      indicatorId: z.string(),
      year: z.number(),
      frozen: z.number(),
      current: z.nullable(z.number()),
    }),
  ),
});

const FigureWire = z.object({ kind: z.enum(INDICATOR_KINDS), value: z.number() });

/** POST /api/plans/:planId/indicators.csv */
export const ImportAnswerWire = z.object({
  applied: z.boolean(),
  changes: z.array(
    z.object({
      line: z.number(),
      code: z.string(),
      year: z.number(),
      from: z.nullable(FigureWire),
      to: FigureWire,
    }),
  ),
  refused: z.array(z.object({ line: z.number(), code: z.string(), reason: z.string() })),
  unchanged: z.number(),
});

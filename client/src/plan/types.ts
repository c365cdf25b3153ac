/** The client's view of a plan: shared model types, minus what the client never sees. */
import type { PlanSummary, Section } from '../../../shared/model.js';

/** A section without its plan id or a title in one chosen language (the client picks). */
export type PlanSection = Omit<Section, 'planId' | 'title'>;

export interface PlanView extends PlanSummary {
  sections: PlanSection[];
}

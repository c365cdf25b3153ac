/** The client's view of a plan: shared model types, minus what the client never sees. */
import type { PlanSummary, SectionFacts } from '../../../shared/model.js';

export interface PlanSection extends SectionFacts {
  id: string;
  number: string;
  titleVi: string;
  titleEn: string;
  parentId: string | null;
  position: number;
  synthesis: boolean;
  dueDate: string | null;
}

export interface PlanView extends PlanSummary {
  sections: PlanSection[];
}

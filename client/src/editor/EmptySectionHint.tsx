/**
 * What an empty section is for and who writes it, shown while its text is empty (issue 17): a
 * new section otherwise opens as a blank box. The outline has no purpose field, so the section's
 * title says what belongs there.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import type { PlanSection } from '../plan/types.js';

interface Props {
  editor: Editor;
  section: PlanSection;
  agencies: AgencyDirectory;
  writable: boolean;
}

export function EmptySectionHint({ editor, section, agencies, writable }: Props) {
  const { t, lang } = useI18n();
  const empty = useEditorState({ editor, selector: ({ editor: e }) => e.isEmpty });
  if (!empty) return null;
  const values = {
    title: pick(lang, section.titleVi, section.titleEn),
    agency: agencyName(agencies, section.owner, lang),
  };
  return (
    <p className="empty-section-hint" data-testid="empty-section-hint">
      {t(writable ? 'section.emptyWriter' : 'section.emptyReader', values)}
    </p>
  );
}

/** Confirms removing a section from the outline, saying plainly that its text is kept. */
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import type { PlanSection } from '../plan/types.js';
import { workflowApi } from './api.js';
import { DialogForm, type DialogProps } from './DialogForm.js';

interface Props extends DialogProps {
  section: PlanSection;
}

export function DeleteSectionDialog({ section, ...dialog }: Props) {
  const { t, lang } = useI18n();

  return (
    <DialogForm
      {...dialog}
      title={t('wf.outline.deleteDialog', { number: section.number })}
      testId="delete-dialog"
      send={() => workflowApi.deleteSection(section.id)}
      done={t('wf.outline.deleted', { number: section.number })}
      submitLabel={t('wf.outline.deleteConfirm')}
      submitTestId="delete-confirm"
      cancelTestId="delete-cancel"
      focus="cancel"
      danger
    >
      <p>
        {t('wf.outline.deleteExplain', { title: pick(lang, section.titleVi, section.titleEn) })}
      </p>
    </DialogForm>
  );
}

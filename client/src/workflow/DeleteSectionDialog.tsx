/** Confirms removing a section from the outline, saying plainly that its text is kept. */
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import type { PlanSection } from '../plan/types.js';
import { ActionError } from './ActionError.js';
import { workflowApi } from './api.js';
import { Dialog } from './Dialog.js';
import { useAction } from './useAction.js';

interface Props {
  section: PlanSection;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function DeleteSectionDialog({ section, onClose, onDone }: Props) {
  const { t, lang } = useI18n();
  const action = useAction();

  async function confirm() {
    if (await action.run(() => workflowApi.deleteSection(section.id))) {
      onDone(t('wf.outline.deleted', { number: section.number }));
    }
  }

  return (
    <Dialog
      open
      title={t('wf.outline.deleteDialog', { number: section.number })}
      onClose={onClose}
      testId="delete-dialog"
      initialFocus="[data-testid='delete-cancel']"
    >
      <div className="dialog__body">
        <p>
          {t('wf.outline.deleteExplain', { title: pick(lang, section.titleVi, section.titleEn) })}
        </p>
        <ActionError message={action.error} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose} data-testid="delete-cancel">
            {t('wf.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger-solid"
            disabled={action.pending}
            onClick={() => void confirm()}
            data-testid="delete-confirm"
          >
            {t('wf.outline.deleteConfirm')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

/** "Bản nháp chưa gửi": the refused text, private to this browser, with copy and delete. */
import { useState } from 'react';
import { useI18n } from '../i18n/context.js';
import { copyDraft } from './clipboard.js';
import { deleteDraft } from './draftStore.js';
import { useDrafts } from './useDrafts.js';

export function UnsentDrafts({ sectionId, userId }: { sectionId: string; userId: string }) {
  const { t, dateTime } = useI18n();
  const drafts = useDrafts(sectionId, userId);
  const [copied, setCopied] = useState<{ key: string; ok: boolean } | null>(null);

  if (drafts.length === 0) return null;

  function copy(key: string, text: string, html: string | null) {
    copyDraft(text, html).then(
      () => setCopied({ key, ok: true }),
      () => setCopied({ key, ok: false }),
    );
  }

  return (
    <section className="drafts" aria-labelledby="drafts-heading" data-testid="unsent-drafts">
      <h2 id="drafts-heading" className="drafts__heading">
        {t('drafts.title')}
      </h2>
      <p className="muted">{t('drafts.private')}</p>
      <ul className="drafts__list">
        {drafts.map((draft) => {
          const time = dateTime(draft.at);
          return (
            <li key={draft.key} className="drafts__item" data-testid="unsent-draft">
              <p className="drafts__meta">{t('drafts.savedAt', { time })}</p>
              <div className="drafts__text" tabIndex={0} aria-label={t('drafts.savedAt', { time })}>
                {draft.text || t('drafts.empty')}
              </div>
              <div className="drafts__actions">
                <button
                  type="button"
                  className="button"
                  aria-label={t('drafts.copyLabel', { time })}
                  onClick={() => copy(draft.key, draft.text, draft.html)}
                >
                  {t('drafts.copy')}
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  aria-label={t('drafts.deleteLabel', { time })}
                  onClick={() => deleteDraft(draft.key)}
                >
                  {t('drafts.delete')}
                </button>
                <span role="status" className="drafts__copied">
                  {copied?.key === draft.key &&
                    (copied.ok ? t('drafts.copied') : t('drafts.copyFailed'))}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

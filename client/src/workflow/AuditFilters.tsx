/** Filters of the audit log: section, user (known or typed), agency, action. */
import { useId } from 'react';
import { AUDIT_ACTIONS } from '../../../shared/audit.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import type { AgencyDirectory } from '../plan/agencies.js';
import { AgencyOptions } from '../plan/AgencyOptions.js';
import type { OutlineNode } from '../plan/outline.js';
import { actionLabel } from './auditActions.js';
import { NO_FILTERS, OTHER_USER, type AuditFilterState, type KnownUser } from './auditFilters.js';

interface Props {
  filters: AuditFilterState;
  onChange: (next: AuditFilterState) => void;
  outline: OutlineNode[];
  agencies: AgencyDirectory;
  users: KnownUser[];
}

export function AuditFilters({ filters, onChange, outline, agencies, users }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const set = (patch: Partial<AuditFilterState>) => onChange({ ...filters, ...patch });
  const flat = outline.flatMap((node) => [node, ...node.children]);

  return (
    <form
      className="audit-filters"
      role="search"
      aria-label={t('wf.audit.filters')}
      onSubmit={(e) => e.preventDefault()}
      data-testid="audit-filters"
    >
      <div className="audit-filters__field">
        <label htmlFor={`${id}-section`}>{t('wf.audit.section')}</label>
        <select
          id={`${id}-section`}
          value={filters.sectionId}
          onChange={(e) => set({ sectionId: e.target.value })}
          data-testid="audit-filter-section"
        >
          <option value="">{t('wf.audit.all')}</option>
          {flat.map(({ section }) => (
            <option key={section.id} value={section.id}>
              {section.number} {pick(lang, section.titleVi, section.titleEn)}
            </option>
          ))}
        </select>
      </div>
      <div className="audit-filters__field">
        <label htmlFor={`${id}-user`}>{t('wf.audit.user')}</label>
        <select
          id={`${id}-user`}
          value={filters.userChoice}
          onChange={(e) => set({ userChoice: e.target.value })}
          data-testid="audit-filter-user"
        >
          <option value="">{t('wf.audit.all')}</option>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
              {user.agency ? ` (${user.agency})` : ''}
            </option>
          ))}
          <option value={OTHER_USER}>{t('wf.audit.userOther')}</option>
        </select>
      </div>
      {filters.userChoice === OTHER_USER && (
        <div className="audit-filters__field">
          <label htmlFor={`${id}-user-text`}>{t('wf.audit.userId')}</label>
          <input
            id={`${id}-user-text`}
            value={filters.userText}
            onChange={(e) => set({ userText: e.target.value })}
            data-testid="audit-filter-user-text"
          />
        </div>
      )}
      <div className="audit-filters__field">
        <label htmlFor={`${id}-agency`}>{t('wf.audit.agency')}</label>
        <select
          id={`${id}-agency`}
          value={filters.agency}
          onChange={(e) => set({ agency: e.target.value })}
          data-testid="audit-filter-agency"
        >
          <option value="">{t('wf.audit.all')}</option>
          <AgencyOptions agencies={agencies.values()} inactiveSelectable />
        </select>
      </div>
      <div className="audit-filters__field">
        <label htmlFor={`${id}-action`}>{t('wf.audit.action')}</label>
        <select
          id={`${id}-action`}
          value={filters.action}
          onChange={(e) => set({ action: e.target.value })}
          data-testid="audit-filter-action"
        >
          <option value="">{t('wf.audit.all')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {actionLabel(t, action)}
            </option>
          ))}
        </select>
      </div>
      <div className="audit-filters__field audit-filters__field--button">
        <button
          type="button"
          className="button"
          onClick={() => onChange(NO_FILTERS)}
          data-testid="audit-filter-clear"
        >
          {t('wf.audit.clear')}
        </button>
      </div>
    </form>
  );
}

/**
 * The frame every administration page shares: refused for those who may not administer, the
 * tabs, title and intro, loading and load errors, and the notice that says what just happened.
 */
import type { ReactNode } from 'react';
import { can } from '../../../shared/policy.js';
import { useUser } from '../auth/context.js';
import { useT } from '../i18n/context.js';
import type { MessageKey } from '../i18n/vi.js';
import { Page } from '../layout/Page.js';
import { LoadFailed, Loading } from '../layout/Status.js';
import type { LoadState } from '../plan/useLoad.js';
import { AdminNav, type AdminTab } from './AdminNav.js';

interface Props<T> {
  tab: AdminTab;
  permission: 'manageUsers' | 'manageAgencies' | 'managePlans';
  title: MessageKey;
  intro?: MessageKey;
  state: LoadState<T>;
  retry: () => void;
  notice: string | null;
  children: (data: T) => ReactNode;
}

export function AdminPage<T>(props: Props<T>) {
  const t = useT();
  const me = useUser();
  const { state } = props;

  if (!can(me, props.permission, null)) {
    return (
      <Page>
        <main id="main" className="page__main page__main--narrow">
          <p>{t('error.forbidden')}</p>
        </main>
      </Page>
    );
  }

  return (
    <Page>
      <main id="main" className="page__main admin-page" data-testid={`${props.tab}-page`}>
        <AdminNav current={props.tab} />
        <h1>{t(props.title)}</h1>
        {props.intro && <p className="muted">{t(props.intro)}</p>}
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <LoadFailed message={state.message} onRetry={props.retry} />}
        {state.status === 'ready' && (
          <>
            <p role="status" className="admin-notice" data-testid="admin-notice">
              {props.notice}
            </p>
            {props.children(state.data)}
          </>
        )}
      </main>
    </Page>
  );
}

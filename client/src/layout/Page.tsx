import type { ReactNode } from 'react';
import { useT } from '../i18n/context.js';
import { AppHeader } from './AppHeader.js';

/** Skip link, header, then the screen's own content. */
export function Page({
  planTitle,
  children,
}: {
  planTitle?: string | undefined;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader planTitle={planTitle} />
      {children}
    </div>
  );
}

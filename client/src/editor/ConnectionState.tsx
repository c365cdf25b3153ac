/** The connection / save state, announced politely to screen readers. */
import { useSyncExternalStore } from 'react';
import type { LinkStatus, SectionConnection } from '../collab/SectionConnection.js';
import { useT } from '../i18n/context.js';
import type { MessageKey } from '../i18n/vi.js';

const MESSAGES: Record<LinkStatus, MessageKey> = {
  connecting: 'connection.connecting',
  saved: 'connection.saved',
  saving: 'connection.saving',
  offline: 'connection.offline',
  'not-found': 'connection.notFound',
  restarting: 'connection.restarting',
};

const idle = () => () => {};
const connecting = (): LinkStatus => 'connecting';

export function ConnectionState({ connection }: { connection: SectionConnection | null }) {
  const t = useT();
  const status = useSyncExternalStore(
    connection?.subscribe ?? idle,
    connection?.getStatus ?? connecting,
  );
  return (
    <div
      className="connection"
      data-state={status}
      data-testid="connection-state"
      role="status"
      aria-live="polite"
      title={t('connection.label')}
    >
      <span className="connection__dot" aria-hidden="true" />
      {t(MESSAGES[status])}
    </div>
  );
}

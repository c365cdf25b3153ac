/** "Đang trong mục này": names, agencies and caret colours of the people here. */
import type { WebsocketProvider } from 'y-websocket';
import { useI18n } from '../i18n/context.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import { isHexColor } from './colors.js';
import { usePresence } from './usePresence.js';

interface Props {
  provider: WebsocketProvider | null;
  selfId: string;
  agencies: AgencyDirectory;
}

function People({ provider, selfId, agencies }: Props & { provider: WebsocketProvider }) {
  const { t, lang } = useI18n();
  const people = usePresence(provider, selfId);
  if (people.length === 0) return <p className="muted">{t('presence.empty')}</p>;
  return (
    <ul className="presence__list">
      {people.map((person) => (
        <li key={person.key} className="presence__person" data-user-id={person.id}>
          <span
            className="presence__swatch"
            style={{ backgroundColor: isHexColor(person.color) ? person.color : undefined }}
            aria-hidden="true"
          />
          <span>
            <span className="presence__name">
              {person.name} {person.self && <span className="muted">{t('presence.you')}</span>}
            </span>
            <span className="presence__agency">
              {person.agency && agencyName(agencies, person.agency, lang)}
              {person.windows > 1 && ` · ${t('presence.tabs', { count: person.windows })}`}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function PresenceList(props: Props) {
  const { t } = useI18n();
  return (
    <section
      className="panel presence"
      aria-labelledby="presence-heading"
      data-testid="presence-list"
    >
      <h2 id="presence-heading" className="panel__heading">
        {t('presence.title')}
      </h2>
      {props.provider ? (
        <People {...props} provider={props.provider} />
      ) : (
        <p className="muted">{t('app.loading')}</p>
      )}
    </section>
  );
}

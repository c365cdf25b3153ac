/** "Name · Agency · dd/mm/yyyy HH:mm", the byline of comments and responses. */
import type { Person } from '../../../shared/threads.js';
import { useI18n } from '../i18n/context.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';

interface Props {
  person: Person;
  at: string;
  agencies: AgencyDirectory;
  edited?: boolean;
}

export function PersonLine({ person, at, agencies, edited = false }: Props) {
  const { t, lang, dateTime } = useI18n();
  return (
    <p className="byline">
      <span className="byline__name">{person.name}</span>
      <span className="byline__agency">{agencyName(agencies, person.agency, lang)}</span>
      <time className="byline__time" dateTime={at}>
        {dateTime(at)}
        {edited && ` ${t('review.message.edited')}`}
      </time>
    </p>
  );
}

/**
 * "Phiên bản": the section's versions, newest first, with who took each, when, and how many
 * words it added and removed; a version can be compared with the text of now, or any two with
 * each other; the owning agency restores one (and can undo that). New automatic versions (a
 * status change, a lock) show up with the plan room.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { can } from '../../../shared/policy.js';
import { VERSION_NAME_MAX } from '../../../shared/versions/model.js';
import { useUser } from '../auth/context.js';
import { useI18n } from '../i18n/context.js';
import type { PlanSection } from '../plan/types.js';
import { LoadError } from '../workflow/ActionError.js';
import { useRefreshing } from '../workflow/useRefreshing.js';
import { CURRENT, versionsApi, type VersionRef } from './api.js';
import { RestoreButton, RestoredNotice } from './RestoreVersion.js';
import { NameForm } from './NameForm.js';
import { versionName } from './versionName.js';
import type { Version } from './wire.js';

export interface CompareRequest {
  from: VersionRef;
  to: VersionRef;
  fromName: string;
  toName: string;
}

interface Props {
  section: PlanSection;
  onCompare: (request: CompareRequest) => void;
}

export function VersionsPanel({ section, onCompare }: Props) {
  const i18n = useI18n();
  const { t, dateTime, number } = i18n;
  const user = useUser();
  const [taken, setTaken] = useState(0);
  const [notice, setNotice] = useState('');
  const [restored, setRestored] = useState<{ name: string; before: Version } | null>(null);
  const changed = () => setTaken((n) => n + 1);
  const refreshKey = `${section.status}|${section.lock?.at ?? ''}|${taken}`;
  const { data, error } = useRefreshing(`versions:${section.id}`, refreshKey, () =>
    versionsApi.list(section.id),
  );
  const nameOf = (ref: VersionRef): string => {
    const version = data?.find((v) => v.id === ref);
    return version ? versionName(version, i18n) : t('ver.current');
  };
  const mayRestore = can(user, 'ownerEdit', section);
  const compare = (from: VersionRef, to: VersionRef) =>
    onCompare({ from, to, fromName: nameOf(from), toName: nameOf(to) });

  return (
    <section className="panel versions" aria-labelledby="versions-heading" data-testid="versions">
      <h2 id="versions-heading" className="panel__heading">
        {t('ver.title')}
      </h2>
      {can(user, 'takeVersion', section) && (
        <NameForm
          testId="take-version"
          label={t('ver.take.name')}
          placeholder={t('ver.take.placeholder')}
          submitLabel={t('ver.take')}
          pendingLabel={t('ver.take.pending')}
          maxLength={VERSION_NAME_MAX}
          save={(name) => versionsApi.take(section.id, name)}
          onSaved={(name) => {
            changed();
            setNotice(t('ver.take.done', { name }));
          }}
        />
      )}
      {restored && (
        <RestoredNotice
          name={restored.name}
          before={restored.before}
          onUndone={() => {
            setRestored(null);
            changed();
            setNotice(t('ver.restore.undone'));
          }}
        />
      )}
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      <LoadError message={error} />
      {data === null && !error && <p className="muted">{t('app.loading')}</p>}
      {data?.length === 0 && <p className="muted">{t('ver.empty')}</p>}
      {data && data.length > 0 && (
        <>
          <ol className="versions__list">
            {data.map((version) => (
              <VersionItem
                key={version.id}
                version={version}
                name={versionName(version, i18n)}
                when={dateTime(version.createdAt)}
                words={{ added: number(version.wordsAdded), removed: number(version.wordsRemoved) }}
                onCompare={() => compare(version.id, CURRENT)}
                restore={
                  mayRestore && (
                    <RestoreButton
                      version={version}
                      name={versionName(version, i18n)}
                      onRestored={(before) => {
                        setRestored({ name: versionName(version, i18n), before });
                        changed();
                      }}
                    />
                  )
                }
              />
            ))}
          </ol>
          <ComparePicker versions={data} nameOf={nameOf} onCompare={compare} />
        </>
      )}
    </section>
  );
}

function VersionItem(props: {
  version: Version;
  name: string;
  when: string;
  words: { added: string; removed: string };
  onCompare: () => void;
  restore: ReactNode;
}) {
  const { t } = useI18n();
  const { version } = props;
  return (
    <li className="versions__item" data-testid="version-item">
      <p className="versions__name">{props.name}</p>
      <p className="versions__meta">
        {version.createdByName
          ? t('ver.meta', { date: props.when, name: version.createdByName })
          : t('ver.meta.system', { date: props.when })}
      </p>
      <p className="versions__words" title={t('ver.words.label', props.words)}>
        <span aria-hidden="true">{t('ver.words', props.words)}</span>
        <span className="visually-hidden">{t('ver.words.label', props.words)}</span>
      </p>
      <button type="button" className="link-button" onClick={props.onCompare}>
        {t('ver.compareNow')}
      </button>
      {props.restore}
    </li>
  );
}

/** Any two versions (or a version and now), picked from two lists. */
function ComparePicker(props: {
  versions: Version[];
  nameOf: (ref: VersionRef) => string;
  onCompare: (from: VersionRef, to: VersionRef) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const oldest = props.versions.at(-1)?.id ?? CURRENT;
  const [from, setFrom] = useState<VersionRef>(oldest);
  const [to, setTo] = useState<VersionRef>(CURRENT);
  const options = [CURRENT, ...props.versions.map((v) => v.id)];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onCompare(from, to);
  };
  return (
    <form className="compare-picker" onSubmit={submit} data-testid="compare-picker">
      {(
        [
          ['from', from, setFrom],
          ['to', to, setTo],
        ] as const
      ).map(([which, value, set]) => (
        <label key={which} htmlFor={`${id}-${which}`} className="compare-picker__field">
          {t(which === 'from' ? 'ver.compare.from' : 'ver.compare.to')}
          <select
            id={`${id}-${which}`}
            className="input"
            value={value}
            onChange={(e) => set(e.target.value)}
          >
            {options.map((ref) => (
              <option key={ref} value={ref}>
                {props.nameOf(ref)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" className="button button--small" disabled={from === to}>
        {t('ver.compare')}
      </button>
    </form>
  );
}

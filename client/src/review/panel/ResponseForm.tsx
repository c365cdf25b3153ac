/** The owning agency records or revises its formal answer: kind, then text. */
import { useId, useState } from 'react';
import {
  RESPONSE_KINDS,
  type ResponseKind,
  type ThreadResponse,
} from '../../../../shared/threads.js';
import { useT } from '../../i18n/context.js';
import { TextForm } from './TextForm.js';

interface Props {
  current: ThreadResponse | null;
  /** The answers offered (a proposed edit is accepted by applying it, not from here). */
  kinds?: readonly ResponseKind[];
  onSave: (kind: ResponseKind, text: string) => Promise<void>;
  onCancel: () => void;
}

const isKind = (value: string): value is ResponseKind =>
  (RESPONSE_KINDS as readonly string[]).includes(value);

export function ResponseForm({ current, kinds = RESPONSE_KINDS, onSave, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const [kind, setKind] = useState<ResponseKind>(current?.kind ?? kinds[0] ?? 'accepted');
  return (
    <TextForm
      label={t('review.response.text')}
      submitLabel={t('review.response.save')}
      initial={current?.text ?? ''}
      testId="response-form"
      onSubmit={(text) => onSave(kind, text)}
      onCancel={onCancel}
    >
      <label htmlFor={`${id}-kind`} className="text-form__label">
        {t('review.response.kind')}
      </label>
      <select
        id={`${id}-kind`}
        className="text-form__select"
        value={kind}
        autoFocus
        data-testid="response-kind"
        onChange={(e) => {
          if (isKind(e.target.value)) setKind(e.target.value);
        }}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`review.response.${k}`)}
          </option>
        ))}
      </select>
    </TextForm>
  );
}

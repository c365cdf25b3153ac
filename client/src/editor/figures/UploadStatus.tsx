/** The upload's progress (a progress bar, announced) or why it failed (an alert to dismiss). */
import { useI18n } from '../../i18n/context.js';
import type { UploadState } from './useFigureUpload.js';

interface Props {
  state: UploadState;
  onDismiss: () => void;
}

export function UploadStatus({ state, onDismiss }: Props) {
  const { t, number } = useI18n();
  if (state.kind === 'uploading') {
    const percent = number(state.fraction, { style: 'percent' });
    const label = t('figure.uploading', { name: state.name, percent });
    return (
      <div className="upload-status" role="status" data-testid="figure-progress">
        <span>{label}</span>
        <progress max={1} value={state.fraction} aria-label={label} />
      </div>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div className="upload-status upload-status--failed" role="alert" data-testid="figure-error">
        <span>{state.message}</span>
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('figure.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}

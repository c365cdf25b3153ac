/** The toolbar's "insert figure" button: opens the file picker for PNG, JPEG and WebP. */
import { useRef } from 'react';
import { useT } from '../../i18n/context.js';
import { ImageIcon } from '../icons.js';
import { ToolbarButton } from '../ToolbarButton.js';
import { FIGURE_TYPES } from './uploadFigure.js';

interface Props {
  disabled: boolean;
  onFiles: (files: File[]) => void;
}

export function FigureButton({ disabled, onFiles }: Props) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <ToolbarButton
        label={t('figure.insert')}
        disabled={disabled}
        onClick={() => input.current?.click()}
        testId="figure-insert"
      >
        <ImageIcon />
      </ToolbarButton>
      <input
        ref={input}
        type="file"
        accept={FIGURE_TYPES.join(',')}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="figure-file"
        onChange={(event) => {
          onFiles(Array.from(event.target.files ?? []));
          event.target.value = '';
        }}
      />
    </>
  );
}

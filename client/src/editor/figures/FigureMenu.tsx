/** Shown while a figure is selected or its caption edited: its width and its description. */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useId, useState } from 'react';
import { FIGURE_WIDTHS } from '../../../../shared/editor/figure.js';
import { useI18n } from '../../i18n/context.js';
import { ToolbarButton } from '../ToolbarButton.js';

function readFigure({ editor }: { editor: Editor }) {
  const attrs = editor.getAttributes('figure');
  return { width: Number(attrs.width ?? 100), alt: String(attrs.alt ?? '') };
}

export function FigureMenu({ editor }: { editor: Editor }) {
  const { t, number } = useI18n();
  const state = useEditorState({ editor, selector: readFigure });
  const altId = useId();
  const [alt, setAlt] = useState(state.alt);
  useEffect(() => setAlt(state.alt), [state.alt]);
  const saveAlt = () => {
    if (alt.trim() !== state.alt)
      editor.chain().updateAttributes('figure', { alt: alt.trim() }).run();
  };

  return (
    <div
      className="toolbar toolbar--table"
      role="toolbar"
      aria-label={t('figure.menu')}
      aria-controls="section-editor"
      data-testid="figure-menu"
    >
      <div className="toolbar__group">
        {FIGURE_WIDTHS.map((width) => (
          <ToolbarButton
            key={width}
            label={t('figure.width', { percent: number(width / 100, { style: 'percent' }) })}
            pressed={state.width === width}
            onClick={() => editor.chain().focus().setFigureWidth(width).run()}
          />
        ))}
      </div>
      <form
        className="toolbar__group toolbar__caption"
        onSubmit={(event) => {
          event.preventDefault();
          saveAlt();
          editor.commands.focus();
        }}
      >
        <label htmlFor={altId}>{t('figure.alt')}</label>
        <input
          id={altId}
          value={alt}
          maxLength={300}
          data-testid="figure-alt"
          onChange={(event) => setAlt(event.target.value)}
          onBlur={saveAlt}
        />
      </form>
    </div>
  );
}

/**
 * The table menu: shown under the toolbar only while the caret is in a table. Rows, columns,
 * merged cells, the header row and the table's title (numbered "Bảng III.1.1" in the text).
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useId, useState } from 'react';
import { MAX_CAPTION_LENGTH } from '../../../shared/editor/table.js';
import { useT } from '../i18n/context.js';
import { readTableState, type Chain } from './toolbarState.js';
import { ToolbarButton } from './ToolbarButton.js';

export function TableMenu({ editor }: { editor: Editor }) {
  const t = useT();
  const state = useEditorState({ editor, selector: readTableState });
  const captionId = useId();
  const [caption, setCaption] = useState(state.caption);
  // Another table, or a colleague renamed this one: show the stored title.
  useEffect(() => setCaption(state.caption), [state.caption]);

  const run = (command: (chain: Chain) => Chain) => () => {
    command(editor.chain().focus()).run();
  };
  const saveCaption = () => {
    if (caption.trim() !== state.caption) editor.chain().setTableCaption(caption).run();
  };

  return (
    <div
      className="toolbar toolbar--table"
      role="toolbar"
      aria-label={t('table.menu')}
      aria-controls="section-editor"
      data-testid="table-menu"
    >
      <div className="toolbar__group">
        <ToolbarButton label={t('table.rowBefore')} onClick={run((c) => c.addRowBefore())} />
        <ToolbarButton label={t('table.rowAfter')} onClick={run((c) => c.addRowAfter())} />
        <ToolbarButton
          label={t('toolbar.deleteRow')}
          disabled={!state.canDeleteRow}
          onClick={run((c) => c.deleteRow())}
        />
      </div>
      <div className="toolbar__group">
        <ToolbarButton label={t('table.columnBefore')} onClick={run((c) => c.addColumnBefore())} />
        <ToolbarButton label={t('table.columnAfter')} onClick={run((c) => c.addColumnAfter())} />
        <ToolbarButton
          label={t('toolbar.deleteColumn')}
          disabled={!state.canDeleteColumn}
          onClick={run((c) => c.deleteColumn())}
        />
      </div>
      <div className="toolbar__group">
        <ToolbarButton
          label={t('table.merge')}
          disabled={!state.canMerge}
          onClick={run((c) => c.mergeCells())}
        />
        <ToolbarButton
          label={t('table.split')}
          disabled={!state.canSplit}
          onClick={run((c) => c.splitCell())}
        />
        <ToolbarButton
          label={t('table.headerRow')}
          pressed={state.headerRow}
          onClick={run((c) => c.toggleHeaderRow())}
        />
        <ToolbarButton label={t('table.delete')} onClick={run((c) => c.deleteTable())} />
      </div>
      <form
        className="toolbar__group toolbar__caption"
        onSubmit={(event) => {
          event.preventDefault();
          saveCaption();
          editor.commands.focus();
        }}
      >
        <label htmlFor={captionId}>{t('table.caption')}</label>
        <input
          id={captionId}
          value={caption}
          maxLength={MAX_CAPTION_LENGTH}
          placeholder={t('table.captionPlaceholder')}
          data-testid="table-caption"
          onChange={(event) => setCaption(event.target.value)}
          onBlur={saveCaption}
        />
        <button type="submit" className="button button--small">
          {t('table.captionApply')}
        </button>
      </form>
    </div>
  );
}

/** Formatting toolbar. Every button has an accessible name; toggles report aria-pressed. */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState } from 'react';
import { useT } from '../i18n/context.js';
import { BulletListIcon, LinkIcon, OrderedListIcon } from './icons.js';
import { promptForLink } from './linkCommand.js';
import { ToolbarButton } from './ToolbarButton.js';

function readState({ editor }: { editor: Editor }) {
  const can = editor.isEditable;
  return {
    editable: can,
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    h2: editor.isActive('heading', { level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    link: editor.isActive('link'),
    inTable: can && editor.can().addRowAfter(),
    canDeleteRow: can && editor.can().deleteRow(),
    canDeleteColumn: can && editor.can().deleteColumn(),
  };
}

export function Toolbar({
  editor,
  onPickIndicator,
}: {
  editor: Editor;
  /** Opens the indicator picker (indicators/IndicatorPicker). */
  onPickIndicator: () => void;
}) {
  const t = useT();
  const state = useEditorState({ editor, selector: readState });
  const [linkError, setLinkError] = useState<string | null>(null);
  const off = !state.editable;
  const run =
    (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () => {
      command(editor.chain().focus()).run();
    };

  function onLink() {
    const outcome = promptForLink(editor, t('toolbar.linkPrompt'));
    setLinkError(outcome === 'invalid' ? t('toolbar.linkInvalid') : null);
  }

  return (
    <div className="toolbar-wrap">
      <div
        className="toolbar"
        role="toolbar"
        aria-label={t('toolbar.label')}
        aria-controls="section-editor"
      >
        <div className="toolbar__group">
          <ToolbarButton
            label={t('toolbar.bold')}
            pressed={state.bold}
            disabled={off}
            onClick={run((c) => c.toggleBold())}
          >
            <b>B</b>
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.italic')}
            pressed={state.italic}
            disabled={off}
            onClick={run((c) => c.toggleItalic())}
          >
            <i>I</i>
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.underline')}
            pressed={state.underline}
            disabled={off}
            onClick={run((c) => c.toggleUnderline())}
          >
            <u>U</u>
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          <ToolbarButton
            label={t('toolbar.h2')}
            pressed={state.h2}
            disabled={off}
            onClick={run((c) => c.toggleHeading({ level: 2 }))}
          >
            H2
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.h3')}
            pressed={state.h3}
            disabled={off}
            onClick={run((c) => c.toggleHeading({ level: 3 }))}
          >
            H3
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          <ToolbarButton
            label={t('toolbar.bulletList')}
            pressed={state.bulletList}
            disabled={off}
            onClick={run((c) => c.toggleBulletList())}
          >
            <BulletListIcon />
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.orderedList')}
            pressed={state.orderedList}
            disabled={off}
            onClick={run((c) => c.toggleOrderedList())}
          >
            <OrderedListIcon />
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.link')}
            pressed={state.link}
            disabled={off}
            onClick={onLink}
          >
            <LinkIcon />
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          <ToolbarButton label={t('ind.picker.open')} disabled={off} onClick={onPickIndicator}>
            #
          </ToolbarButton>
        </div>
        <div className="toolbar__group" role="group" aria-label={t('toolbar.tableGroup')}>
          <ToolbarButton
            label={t('toolbar.insertTable')}
            disabled={off || state.inTable}
            onClick={run((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))}
          />
          <ToolbarButton
            label={t('toolbar.addRow')}
            disabled={!state.inTable}
            onClick={run((c) => c.addRowAfter())}
          />
          <ToolbarButton
            label={t('toolbar.deleteRow')}
            disabled={!state.canDeleteRow}
            onClick={run((c) => c.deleteRow())}
          />
          <ToolbarButton
            label={t('toolbar.addColumn')}
            disabled={!state.inTable}
            onClick={run((c) => c.addColumnAfter())}
          />
          <ToolbarButton
            label={t('toolbar.deleteColumn')}
            disabled={!state.canDeleteColumn}
            onClick={run((c) => c.deleteColumn())}
          />
        </div>
      </div>
      <p className="toolbar__error" role="alert">
        {linkError}
      </p>
    </div>
  );
}

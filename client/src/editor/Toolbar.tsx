/**
 * The formatting toolbar, for people who may write the section (readers get none). Every button
 * has an accessible name and names its shortcut; toggles report aria-pressed. The table menu
 * joins it while the caret is in a table.
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { ALIGN_KEYS, TEXT_ALIGNS } from '../../../shared/editor/textAlign.js';
import { useT } from '../i18n/context.js';
import type { MessageKey } from '../i18n/vi.js';
import {
  AlignIcon,
  BulletListIcon,
  LinkIcon,
  OrderedListIcon,
  PageBreakIcon,
  QuoteIcon,
  RedoIcon,
  RuleIcon,
  SearchIcon,
  TableIcon,
  UndoIcon,
} from './icons.js';
import { FindReplace } from './find/FindReplace.js';
import { FigureButton } from './figures/FigureButton.js';
import { FigureMenu } from './figures/FigureMenu.js';
import { promptForLink } from './linkCommand.js';
import { TableMenu } from './TableMenu.js';
import { readToolbarState, type Chain } from './toolbarState.js';
import { ToolbarButton } from './ToolbarButton.js';

const ALIGN_LABELS = {
  left: 'toolbar.alignLeft',
  center: 'toolbar.alignCenter',
  right: 'toolbar.alignRight',
  justify: 'toolbar.alignJustify',
} as const satisfies Record<(typeof TEXT_ALIGNS)[number], MessageKey>;

export function Toolbar({
  editor,
  onPickIndicator,
  onFigureFiles,
}: {
  editor: Editor;
  /** Opens the indicator picker (indicators/IndicatorPicker). */
  onPickIndicator: () => void;
  /** Uploads and inserts a figure (the file picker's choice). */
  onFigureFiles: (files: File[]) => void;
}) {
  const t = useT();
  const state = useEditorState({ editor, selector: readToolbarState });
  const [linkError, setLinkError] = useState<string | null>(null);
  const [finding, setFinding] = useState(false);
  useEffect(() => {
    const dom = editor.view.dom;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.code === 'KeyH') {
        event.preventDefault();
        setFinding(true);
      }
    };
    dom.addEventListener('keydown', onKeyDown);
    return () => dom.removeEventListener('keydown', onKeyDown);
  }, [editor]);
  const off = !state.editable;
  const run = (command: (chain: Chain) => Chain) => () => {
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
        data-testid="toolbar"
      >
        <div className="toolbar__group" role="group" aria-label={t('toolbar.historyGroup')}>
          <ToolbarButton
            label={t('toolbar.undo')}
            shortcut="Control+Z"
            disabled={!state.canUndo}
            onClick={run((c) => c.undo())}
          >
            <UndoIcon />
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.redo')}
            shortcut="Control+Y"
            disabled={!state.canRedo}
            onClick={run((c) => c.redo())}
          >
            <RedoIcon />
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          <ToolbarButton
            label={t('toolbar.bold')}
            shortcut="Control+B"
            pressed={state.bold}
            disabled={off}
            onClick={run((c) => c.toggleBold())}
          >
            <b>B</b>
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.italic')}
            shortcut="Control+I"
            pressed={state.italic}
            disabled={off}
            onClick={run((c) => c.toggleItalic())}
          >
            <i>I</i>
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.underline')}
            shortcut="Control+U"
            pressed={state.underline}
            disabled={off}
            onClick={run((c) => c.toggleUnderline())}
          >
            <u>U</u>
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.superscript')}
            shortcut="Control+."
            pressed={state.superscript}
            disabled={off}
            onClick={run((c) => c.toggleSuperscript())}
          >
            <span aria-hidden="true">
              x<sup>2</sup>
            </span>
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.subscript')}
            shortcut="Control+,"
            pressed={state.subscript}
            disabled={off}
            onClick={run((c) => c.toggleSubscript())}
          >
            <span aria-hidden="true">
              x<sub>2</sub>
            </span>
          </ToolbarButton>
        </div>
        <div className="toolbar__group">
          <ToolbarButton
            label={t('toolbar.h2')}
            shortcut="Control+Alt+2"
            pressed={state.h2}
            disabled={off}
            onClick={run((c) => c.toggleHeading({ level: 2 }))}
          >
            H2
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.h3')}
            shortcut="Control+Alt+3"
            pressed={state.h3}
            disabled={off}
            onClick={run((c) => c.toggleHeading({ level: 3 }))}
          >
            H3
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.blockquote')}
            shortcut="Control+Shift+B"
            pressed={state.blockquote}
            disabled={off}
            onClick={run((c) => c.toggleBlockquote())}
          >
            <QuoteIcon />
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.bulletList')}
            shortcut="Control+Shift+8"
            pressed={state.bulletList}
            disabled={off}
            onClick={run((c) => c.toggleBulletList())}
          >
            <BulletListIcon />
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.orderedList')}
            shortcut="Control+Shift+7"
            pressed={state.orderedList}
            disabled={off}
            onClick={run((c) => c.toggleOrderedList())}
          >
            <OrderedListIcon />
          </ToolbarButton>
        </div>
        <div className="toolbar__group" role="group" aria-label={t('toolbar.alignGroup')}>
          {TEXT_ALIGNS.map((align) => (
            <ToolbarButton
              key={align}
              label={t(ALIGN_LABELS[align])}
              shortcut={`Control+Shift+${ALIGN_KEYS[align]}`}
              pressed={state.align === align}
              disabled={off}
              onClick={run((c) => c.setTextAlign(align))}
            >
              <AlignIcon align={align} />
            </ToolbarButton>
          ))}
        </div>
        <div className="toolbar__group" role="group" aria-label={t('toolbar.insertGroup')}>
          <ToolbarButton
            label={t('toolbar.link')}
            pressed={state.link}
            disabled={off}
            onClick={onLink}
          >
            <LinkIcon />
          </ToolbarButton>
          <ToolbarButton label={t('ind.picker.open')} disabled={off} onClick={onPickIndicator}>
            #
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.insertTable')}
            disabled={off || state.inTable}
            onClick={run((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))}
          >
            <TableIcon />
          </ToolbarButton>
          <FigureButton disabled={off} onFiles={onFigureFiles} />
          <ToolbarButton
            label={t('toolbar.footnote')}
            shortcut="Control+Alt+F"
            disabled={!state.canFootnote}
            onClick={run((c) => c.insertFootnote(t('footnote.placeholder')))}
          >
            <span aria-hidden="true" className="toolbar__glyph">
              x<sup>1</sup>
            </span>
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.horizontalRule')}
            disabled={off}
            onClick={run((c) => c.setHorizontalRule())}
          >
            <RuleIcon />
          </ToolbarButton>
          <ToolbarButton
            label={t('find.open')}
            shortcut="Control+H"
            pressed={finding}
            onClick={() => setFinding(!finding)}
            testId="find-open"
          >
            <SearchIcon />
          </ToolbarButton>
          <ToolbarButton
            label={t('toolbar.pageBreak')}
            shortcut="Control+Alt+Enter"
            disabled={off}
            onClick={run((c) => c.insertPageBreak())}
          >
            <PageBreakIcon />
          </ToolbarButton>
        </div>
      </div>
      {finding && <FindReplace editor={editor} onClose={() => setFinding(false)} />}
      {state.inTable && <TableMenu editor={editor} />}
      {state.inFigure && <FigureMenu editor={editor} />}
      <p className="toolbar__error" role="alert">
        {linkError}
      </p>
    </div>
  );
}

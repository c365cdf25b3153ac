/**
 * One paragraph of a comparison, set like the document: insertions underlined (<ins>), deletions
 * struck through (<del>), formatting-only changes with a dotted underline, and each change also
 * said in words (a tag, and hidden text for screen readers): never colour alone.
 */
import type { ReactNode } from 'react';
import { useT } from '../i18n/context.js';
import type { BlockChange, Piece } from './wire.js';

type Block = BlockChange['block'];

/** Text inside the marks it carries ("bold+italic", "link(…)"). */
function withMarks(text: string, marks: string): ReactNode {
  let node: ReactNode = text;
  for (const mark of marks ? marks.split('+') : []) {
    if (mark === 'bold') node = <strong>{node}</strong>;
    else if (mark === 'italic') node = <em>{node}</em>;
    else if (mark === 'strike') node = <s>{node}</s>;
    else if (mark === 'code') node = <code>{node}</code>;
    else if (mark === 'underline' || mark.startsWith('link(')) {
      node = <span className="diff-underline">{node}</span>;
    }
  }
  return node;
}

/** Who wrote a passage, after it; nothing when nobody is known. */
export type AuthorsOf = (piece: number | null) => string | null;

function Author({ label }: { label: string | null }) {
  const t = useT();
  if (!label) return null;
  return <span className="diff-author">{t('ver.author', { names: label })}</span>;
}

function PieceView({ piece, author }: { piece: Piece; author: string | null }) {
  const t = useT();
  const content = withMarks(piece.text, piece.marks);
  if (piece.op === 'equal') return <>{content}</>;
  const said = <span className="visually-hidden">[{t(`ver.piece.${piece.op}`)}] </span>;
  if (piece.op === 'insert') {
    return (
      <>
        <ins className="diff-ins">
          {said}
          {content}
        </ins>
        <Author label={author} />
      </>
    );
  }
  if (piece.op === 'delete') {
    return (
      <del className="diff-del">
        {said}
        {content}
      </del>
    );
  }
  return (
    <span className="diff-format" title={t('ver.piece.format')}>
      {said}
      {content}
    </span>
  );
}

/** The element a block is set in, by its kind ("heading:3", "bulletList>paragraph", …). */
function Shell({ block, children }: { block: Block; children: ReactNode }) {
  const t = useT();
  const [container, own] = block.kind.includes('>') ? block.kind.split('>') : [null, block.kind];
  const level = own?.startsWith('heading:') ? Number(own.slice('heading:'.length)) : 0;
  const cell = block.cell ? <span className="diff-cell">{t('ver.cell', block.cell)}</span> : null;
  if (level >= 2 && level <= 4) {
    const Heading = `h${level}` as 'h2' | 'h3' | 'h4';
    return <Heading>{children}</Heading>;
  }
  if (own === 'codeBlock') return <pre>{children}</pre>;
  const listClass =
    container === 'bulletList' || container === 'orderedList'
      ? `diff-list diff-list--${container}`
      : '';
  const paragraph = (
    <p className={listClass || undefined}>
      {cell}
      {children}
    </p>
  );
  return container === 'blockquote' ? <blockquote>{paragraph}</blockquote> : paragraph;
}

function BlockText({ block }: { block: Block }) {
  const t = useT();
  if (block.text === '') return <span className="muted">{t('ver.emptyBlock')}</span>;
  return (
    <>
      {block.runs.map((run, i) => (
        <span key={i}>{withMarks(run.text, run.marks)}</span>
      ))}
    </>
  );
}

export function DiffBlock({
  change,
  index,
  authorsOf = () => null,
}: {
  change: BlockChange;
  index: number;
  authorsOf?: AuthorsOf;
}) {
  const t = useT();
  if (change.op === 'equal') {
    return (
      <Shell block={change.block}>
        <BlockText block={change.block} />
      </Shell>
    );
  }
  const body =
    'pieces' in change ? (
      change.pieces.map((piece, i) => <PieceView key={i} piece={piece} author={authorsOf(i)} />)
    ) : change.op === 'insert' || change.op === 'moved-to' ? (
      <>
        <ins className="diff-ins">
          <BlockText block={change.block} />
        </ins>
        <Author label={authorsOf(null)} />
      </>
    ) : (
      <del className="diff-del">
        <BlockText block={change.block} />
      </del>
    );
  return (
    <div
      id={`diff-${index}`}
      className={`diff-block diff-block--${change.op}`}
      tabIndex={-1}
      data-testid="diff-block"
      data-op={change.op}
    >
      <span className="diff-tag">{t(`ver.op.${change.op}`)}</span>
      <Shell block={change.block}>{body}</Shell>
    </div>
  );
}

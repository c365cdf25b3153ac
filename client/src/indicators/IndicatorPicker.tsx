/**
 * Chooses an indicator and a year to cite: a search box over the live registry (diacritics
 * optional), the matching indicators as a list box, the year, and Insert. Opened by `#` in the
 * text or from the toolbar; Escape closes it (writing back the `#` that opened it).
 */
import type { Editor } from '@tiptap/core';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { valueOf, type Indicator } from '../../../shared/indicators.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { formatFigure } from './format.js';
import { useLiveRegistry } from './liveRegistry.js';
import { foldSearch } from './search.js';

const MAX_SHOWN = 8;

/** The year a writer most likely means: the latest measured one, else the latest target. */
function defaultYear(indicator: Indicator): number | null {
  const measured = indicator.values.filter((v) => v.kind !== 'target');
  return (measured.at(-1) ?? indicator.values.at(-1))?.year ?? null;
}

interface Props {
  editor: Editor;
  planId: string;
  /** Opened by typing `#`: closing without a choice writes it back. */
  fromHash: boolean;
  onClose: () => void;
}

export function IndicatorPicker({ editor, planId, fromHash, onClose }: Props) {
  const { t, lang } = useI18n();
  const registry = useLiveRegistry(planId);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [year, setYear] = useState<number | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const matches = useMemo(() => {
    const needle = foldSearch(query.trim());
    return [...registry.indicators.values()]
      .filter((i) => !i.retired && i.values.length > 0)
      .filter((i) => !needle || foldSearch(`${i.code} ${i.nameVi} ${i.nameEn}`).includes(needle))
      .slice(0, MAX_SHOWN);
  }, [registry, query]);
  const chosen = matches[Math.min(active, matches.length - 1)] ?? null;
  const chosenYear =
    chosen && year !== null && valueOf(chosen, year) ? year : chosen ? defaultYear(chosen) : null;

  // Beside the caret: below it, or above it when the window has no room below; always inside.
  const boxRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  useLayoutEffect(() => {
    const coords = editor.view.coordsAtPos(editor.state.selection.from);
    const height = boxRef.current?.offsetHeight ?? 0;
    const below = coords.bottom + 4;
    const top = below + height <= window.innerHeight ? below : coords.top - height - 4;
    setPosition({
      top: Math.max(8, Math.min(top, window.innerHeight - height - 8)),
      left: Math.max(8, Math.min(coords.left, window.innerWidth - 348)),
    });
  }, [editor]);

  useEffect(() => inputRef.current?.focus(), []);

  function close(insertHash: boolean) {
    const chain = editor.chain().focus();
    if (insertHash) chain.insertContent('#');
    chain.run();
    onClose();
  }

  function insert() {
    if (!chosen || chosenYear === null) return;
    editor.chain().focus().insertIndicatorRef({ indicator: chosen.id, year: chosenYear }).run();
    onClose();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(fromHash);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      insert();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(matches.length - 1, a + step)));
      setYear(null);
    }
  }

  return (
    <div
      className="ind-picker"
      role="dialog"
      aria-label={t('ind.picker.title')}
      ref={boxRef}
      style={position ?? { top: 0, left: 0, opacity: 0 }}
      onKeyDown={onKeyDown}
      data-testid="indicator-picker"
    >
      <label className="ind-picker__search">
        {t('ind.picker.search')}
        <input
          ref={inputRef}
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-activedescendant={chosen ? `${id}-${chosen.code}` : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setYear(null);
          }}
          data-testid="indicator-picker-search"
        />
      </label>
      <ul className="ind-picker__list" role="listbox" id={`${id}-list`}>
        {matches.map((i, k) => {
          const latest = defaultYear(i);
          const value = latest === null ? null : valueOf(i, latest);
          return (
            <li
              key={i.id}
              id={`${id}-${i.code}`}
              role="option"
              aria-selected={i === chosen}
              className="ind-picker__option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setActive(k);
                setYear(null);
              }}
              data-testid={`indicator-option-${i.code}`}
            >
              <span>{pick(lang, i.nameVi, i.nameEn)}</span>
              <span className="muted">
                {value ? `${formatFigure(lang, value.value, i.unit)} (${value.year})` : i.unit}
              </span>
            </li>
          );
        })}
      </ul>
      {matches.length === 0 && <p className="muted">{t('ind.none')}</p>}
      <div className="ind-picker__actions">
        <label>
          {t('ind.picker.year')}
          <select
            value={chosenYear ?? ''}
            disabled={!chosen}
            onChange={(e) => setYear(Number(e.target.value))}
            data-testid="indicator-picker-year"
          >
            {chosen?.values.map((v) => (
              <option key={v.year} value={v.year}>
                {`${v.year} — ${formatFigure(lang, v.value, chosen.unit)} (${t(`ind.kind.${v.kind}`)})`}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => close(fromHash)}>
          {t('ind.edit.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!chosen}
          onClick={insert}
          data-testid="indicator-picker-insert"
        >
          {t('ind.picker.insert')}
        </button>
      </div>
    </div>
  );
}

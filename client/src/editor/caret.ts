/** The remote caret: a coloured bar with the label "Name · AGENCY". */
import { isHexColor, textColorOn } from './colors.js';
import { readAwarenessUser } from './awarenessUser.js';

const FALLBACK = '#44546a';

export function caretLabel(name: string, agency: string): string {
  return agency ? `${name} · ${agency}` : name;
}

export function renderCaret(state: Record<string, unknown>): HTMLElement {
  const user = readAwarenessUser({ user: state });
  const color = isHexColor(user?.color) ? user.color : FALLBACK;
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = color;
  const label = document.createElement('div');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.style.color = textColorOn(color);
  label.textContent = caretLabel(user?.name ?? '?', user?.agency ?? '');
  caret.append(label);
  return caret;
}

/** Caret and presence colours: always #rrggbb, with readable label text on top. */
const PALETTE = [
  '#1f4e79',
  '#8a3b12',
  '#2e6b30',
  '#6a2c70',
  '#7a5c00',
  '#0f5e66',
  '#a12c4b',
  '#44546a',
];
const HEX = /^#[0-9a-f]{6}$/i;

export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value);
}

export function colorFor(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#1f4e79';
}

/** Black or white, whichever contrasts more with the background (WCAG relative luminance). */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  if (!isHexColor(background)) return '#ffffff';
  const channel = (start: number) => {
    const c = parseInt(background.slice(start, start + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

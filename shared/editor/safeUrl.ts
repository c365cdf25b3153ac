/** Links may only point to http(s) pages or mailto addresses. */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

const hasControlOrSpace = (value: string) =>
  [...value].some((char) => char.charCodeAt(0) < 0x20 || /\s/.test(char));

export function isSafeLinkUrl(candidate: string): boolean {
  const value = candidate.trim();
  if (!value || hasControlOrSpace(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!ALLOWED.has(url.protocol)) return false;
  if (url.protocol === 'mailto:') return url.pathname.includes('@');
  return url.hostname.length > 0;
}

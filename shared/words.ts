/** Words are runs between spaces that hold a letter or a digit ("8.310" is one, "–" none). */
export function countWords(text: string): number {
  return text.split(/[\s\u00a0]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

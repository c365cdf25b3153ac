import type { Agency } from '../../shared/model.js';

export interface Mentionable {
  agencies: readonly Agency[];
  people: readonly { id: string; name: string; username: string; agency: string }[];
}

export interface Mention {
  agency: string;
  userId: string | null;
}

const normalize = (text: string): string => text.normalize('NFC').toLocaleLowerCase('vi');

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Finds `@Sở Giao thông vận tải`, `@SGTVT`, `@Nguyễn Văn An` or `@sgtvt2` in a message. At each
 * `@` only the longest label that ends at a word boundary counts, so `@UBND huyện Cao Lộc` is not
 * also `@UBND`. A person's mention lands in their agency's inbox too.
 */
export function findMentions(body: string, known: Mentionable): Mention[] {
  const text = normalize(body);
  if (!text.includes('@')) return [];
  const labels = [
    ...known.agencies.flatMap((a) =>
      [a.nameVi, a.code].map((label) => ({
        label: normalize(label),
        key: `a:${a.code}`,
        mention: { agency: a.code, userId: null },
      })),
    ),
    ...known.people.flatMap((p) =>
      [p.name, p.username].map((label) => ({
        label: normalize(label),
        key: `u:${p.id}`,
        mention: { agency: p.agency, userId: p.id },
      })),
    ),
  ].sort((a, b) => b.label.length - a.label.length);

  const found = new Map<string, Mention>();
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const matches = labels.filter(
      ({ label }) =>
        text.startsWith(label, at + 1) && !WORD_CHAR.test(text.charAt(at + 1 + label.length)),
    );
    // The longest label wins; an agency code and a username may tie (`@sgtvt`), and both count.
    const longest = matches[0]?.label.length;
    for (const m of matches) if (m.label.length === longest) found.set(m.key, m.mention);
  }
  return [...found.values()];
}

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

/**
 * Finds `@Sở Giao thông vận tải`, `@SGTVT`, `@Nguyễn Văn An` or `@sgtvt2` in a message.
 * A person's mention lands in their agency's inbox too.
 */
export function findMentions(body: string, known: Mentionable): Mention[] {
  const text = normalize(body);
  if (!text.includes('@')) return [];
  const mentioned = (label: string): boolean => text.includes(`@${normalize(label)}`);
  const found = new Map<string, Mention>();
  for (const agency of known.agencies) {
    if (mentioned(agency.nameVi) || mentioned(agency.code))
      found.set(`a:${agency.code}`, { agency: agency.code, userId: null });
  }
  for (const person of known.people) {
    if (mentioned(person.name) || mentioned(person.username)) {
      found.set(`u:${person.id}`, { agency: person.agency, userId: person.id });
    }
  }
  return [...found.values()];
}

/** English UI strings of search: the keys of ./vi.ts, each translated. */
import type { searchVi } from './vi.js';

export const searchEn: Record<keyof typeof searchVi, string> = {
  'search.label': 'Search this plan',
  'search.placeholder': 'Search: dong dang, "che phu rung"…',
  'search.submit': 'Search',
  'search.title': 'Search results',
  'search.for': 'Results for “{q}”',
  'search.hint':
    'Type with or without diacritics; every word must match a whole word; put a phrase in double quotes to find it as written.',
  'search.none': 'Nothing found.',
  'search.empty': 'Type what to look for in the search box.',
  'search.kind.section': 'Section text',
  'search.kind.comment': 'Comments',
  'search.count': '{count} results',
};

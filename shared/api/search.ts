/** `GET /api/plans/:planId/search?q=&limit=` (docs/api.md "Search"), for server and client. */
import * as z from 'zod/mini';
import { text } from './fields.js';

export const MAX_QUERY_LENGTH = 200;
export const MAX_RESULTS = 50;

export const SearchParams = z.object({
  q: text(1, MAX_QUERY_LENGTH),
  limit: z.optional(z.string().check(z.regex(/^[1-9]\d?$/, 'a number from 1 to 99'))),
});

export const SearchResultWire = z.object({
  kind: z.enum(['section', 'comment']),
  sectionId: z.string(),
  title: z.string(),
  snippet: z.string(),
  score: z.number(),
});
export const SearchAnswer = z.object({ results: z.array(SearchResultWire) });

export type SearchResult = z.infer<typeof SearchResultWire>;

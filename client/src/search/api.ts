/** The search call of docs/api.md ("Search"). */
import { SearchAnswer, type SearchResult } from '../../../shared/api/search.js';
import { requestJson } from '../api/http.js';

export async function searchPlan(planId: string, q: string): Promise<SearchResult[]> {
  const query = new URLSearchParams({ q }).toString();
  const path = `/api/plans/${encodeURIComponent(planId)}/search?${query}`;
  return (await requestJson('GET', path, SearchAnswer)).results;
}

export const QUERY_PARAM = 'q';

export function searchPath(planId: string, q: string): string {
  return `/plans/${encodeURIComponent(planId)}/search?${new URLSearchParams({ [QUERY_PARAM]: q }).toString()}`;
}

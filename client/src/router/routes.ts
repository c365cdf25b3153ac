/** The client's routes: pure parsing and building of paths. */
export type Route =
  | { name: 'home' }
  | { name: 'plan'; planId: string }
  | { name: 'section'; planId: string; sectionId: string }
  | { name: 'not-found' };

const SEGMENT = '([^/]+)';
const PLAN = new RegExp(`^/plans/${SEGMENT}/?$`);
const SECTION = new RegExp(`^/plans/${SEGMENT}/sections/${SEGMENT}/?$`);

function decode(segment: string | undefined): string | null {
  if (segment === undefined) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  const section = SECTION.exec(pathname);
  if (section) {
    const planId = decode(section[1]);
    const sectionId = decode(section[2]);
    if (planId && sectionId) return { name: 'section', planId, sectionId };
  }
  const plan = PLAN.exec(pathname);
  if (plan) {
    const planId = decode(plan[1]);
    if (planId) return { name: 'plan', planId };
  }
  return { name: 'not-found' };
}

export const paths = {
  home: () => '/',
  plan: (planId: string) => `/plans/${encodeURIComponent(planId)}`,
  section: (planId: string, sectionId: string) =>
    `/plans/${encodeURIComponent(planId)}/sections/${encodeURIComponent(sectionId)}`,
};

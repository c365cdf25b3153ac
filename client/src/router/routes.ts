/** The client's routes: pure parsing and building of paths. */
export type Route =
  | { name: 'home' }
  | { name: 'account' }
  | { name: 'admin-users' }
  | { name: 'admin-agencies' }
  | { name: 'admin-plans' }
  | { name: 'plan'; planId: string }
  | { name: 'section'; planId: string; sectionId: string }
  | { name: PlanPage; planId: string }
  | { name: 'not-found' };

/** Plan-wide pages: /plans/:planId/<page>. */
export const PLAN_PAGES = [
  'inbox',
  'comments',
  'dashboard',
  'mine',
  'audit',
  'outline',
  'indicators',
  'search',
  'read',
] as const;
export type PlanPage = (typeof PLAN_PAGES)[number];

const SEGMENT = '([^/]+)';
const PLAN_PAGE = new RegExp(`^/plans/${SEGMENT}/(${PLAN_PAGES.join('|')})/?$`);
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
  if (/^\/account\/?$/.test(pathname)) return { name: 'account' };
  if (/^\/admin\/users\/?$/.test(pathname)) return { name: 'admin-users' };
  if (/^\/admin\/agencies\/?$/.test(pathname)) return { name: 'admin-agencies' };
  if (/^\/admin\/plans\/?$/.test(pathname)) return { name: 'admin-plans' };
  const section = SECTION.exec(pathname);
  if (section) {
    const planId = decode(section[1]);
    const sectionId = decode(section[2]);
    if (planId && sectionId) return { name: 'section', planId, sectionId };
  }
  const page = PLAN_PAGE.exec(pathname);
  if (page) {
    const planId = decode(page[1]);
    const name = PLAN_PAGES.find((p) => p === page[2]);
    if (planId && name) return { name, planId };
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
  account: () => '/account',
  adminUsers: () => '/admin/users',
  adminAgencies: () => '/admin/agencies',
  adminPlans: () => '/admin/plans',
  plan: (planId: string) => `/plans/${encodeURIComponent(planId)}`,
  planPage: (planId: string, page: PlanPage) => `/plans/${encodeURIComponent(planId)}/${page}`,
  section: (planId: string, sectionId: string) =>
    `/plans/${encodeURIComponent(planId)}/sections/${encodeURIComponent(sectionId)}`,
};

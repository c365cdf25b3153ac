import type { Agency, Role } from '../../shared/model.js';
import type { StatusCode } from '../../shared/statuses.js';
import { hashPassword } from '../auth/passwords.js';
import type { SectionRecord } from '../store/plans.js';
import type { Store } from '../store/store.js';
import type { NewUser } from '../store/users.js';
import { demoDueDate, seedDemoContent } from './demoContent.js';
import { seedDemoIndicators } from './demoIndicators.js';
import { langSonOutline, outlineJson } from './outlineFile.js';

export const DEMO_PASSWORD = 'demo-2030';

/**
 * A plausible moment of the 2020–2021 drafting: most sections in draft, some further on, one
 * approved and locked (demoContent.ts writes how each got there).
 */
const DEMO_STATUSES: Record<string, StatusCode> = {
  S1_1: 'DA_DUYET_KHOA',
  S1_2: 'DA_GUI_TU_VAN',
  S1_3: 'DANG_GOP_Y',
  S1_4: 'DANG_GOP_Y',
  S1_7: 'DA_GUI_TU_VAN',
  S2_2: 'TRINH_BCD',
  S6_1: 'DANG_GOP_Y',
  S3_6: 'CHUA_BAT_DAU',
  S3_9: 'CHUA_BAT_DAU',
  S4_6: 'CHUA_BAT_DAU',
  S6_3: 'DA_TIEP_THU',
};

const ROLES_BY_AGENCY: Record<string, Role> = {
  SKHDT: 'coordinator',
  TV: 'consultant',
  BCD: 'leader',
};

// Common family and given names of Lạng Sơn, so the demo reads like a real province.
const FAMILY = [
  'Nguyễn',
  'Hoàng',
  'Nông',
  'Lương',
  'Triệu',
  'Lộc',
  'Vi',
  'Hà',
  'Trần',
  'Lê',
  'Phạm',
  'Đinh',
];
const GIVEN = [
  'Văn An',
  'Thị Bình',
  'Minh Châu',
  'Thu Dung',
  'Văn Đức',
  'Thị Hà',
  'Quốc Hùng',
  'Thị Lan',
  'Văn Long',
  'Thị Mai',
  'Văn Nam',
  'Thị Ngọc',
  'Văn Phúc',
  'Thị Quỳnh',
  'Văn Sơn',
  'Thị Thu',
  'Văn Tuấn',
];

const demoName = (i: number): string =>
  `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;

export interface DemoPlan {
  planId: string;
}

/**
 * Seeds the Lạng Sơn Provincial Plan 2021–2030 with two accounts per agency and an admin, and
 * the demo's text, comments and history (dates count from `now`'s day).
 */
export async function seedDemoPlan(store: Store, now = new Date()): Promise<DemoPlan> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const data = langSonOutline();
  const agencies: Agency[] = data.agencies.map((a) => ({
    code: a.code,
    nameVi: a.name_vi,
    nameEn: a.name_en,
    kind: a.kind,
  }));
  await store.plans.insertAgencies(agencies);

  const planId = data.plan.code;
  const sections: SectionRecord[] = data.sections.map((s, position) => ({
    id: s.id,
    planId,
    number: s.number,
    titleVi: s.title_vi,
    titleEn: s.title_en,
    parentId: s.parent,
    position,
    owner: s.owner,
    contributors: s.contributors,
    writers: [],
    synthesis: s.synthesis,
    status: DEMO_STATUSES[s.id] ?? 'DU_THAO',
    lock: null,
    dueDate: demoDueDate(s.id, today),
    deletedAt: null,
  }));
  await store.plans.insertPlan(
    {
      id: planId,
      code: data.plan.code,
      titleVi: data.plan.title_vi,
      titleEn: data.plan.title_en,
      periodStart: data.plan.period_start,
      periodEnd: data.plan.period_end,
      vision: data.plan.vision,
      province: 'Lạng Sơn',
      archived: false,
    },
    sections,
  );

  // Every demo account shares one password, so one hash serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: NewUser[] = agencies.flatMap((agency, i) =>
    ['', '2'].map((suffix, k) => ({
      username: `${agency.code.toLowerCase()}${suffix}`,
      name: demoName(2 * i + k),
      agency: agency.code,
      role: ROLES_BY_AGENCY[agency.code] ?? 'editor',
      passwordHash,
    })),
  );
  users.push({
    username: 'admin',
    name: 'Quản trị hệ thống',
    agency: 'SKHDT',
    role: 'admin',
    passwordHash,
  });
  await store.users.insertMany(users);
  await seedDemoIndicators(store, planId, outlineJson.indicators);
  await seedDemoContent(store, sections, today);
  return { planId };
}

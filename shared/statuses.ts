/**
 * The section workflow of a provincial plan, in process order (from the plan outline model).
 * `editableBy` says who may write the text while a section is in that status.
 */
export type Writer = 'owner' | 'contributors' | 'consultant' | 'coordinator';

export interface StatusDefinition {
  code: string;
  nameVi: string;
  nameEn: string;
  editableBy: readonly Writer[];
  locks?: boolean;
}

export const STATUSES = [
  { code: 'CHUA_BAT_DAU', nameVi: 'Chưa bắt đầu', nameEn: 'Not started', editableBy: ['owner'] },
  { code: 'DU_THAO', nameVi: 'Dự thảo', nameEn: 'Draft', editableBy: ['owner', 'contributors'] },
  {
    code: 'DA_GUI_TU_VAN',
    nameVi: 'Đã gửi tư vấn tích hợp',
    nameEn: 'Submitted for integration',
    editableBy: ['consultant'],
  },
  { code: 'DANG_GOP_Y', nameVi: 'Đang góp ý', nameEn: 'Under comment', editableBy: [] },
  {
    code: 'DA_TIEP_THU',
    nameVi: 'Đã tiếp thu, giải trình',
    nameEn: 'Comments addressed',
    editableBy: ['consultant', 'coordinator'],
  },
  {
    code: 'TRINH_BCD',
    nameVi: 'Trình Ban Chỉ đạo',
    nameEn: 'Submitted to the Steering Committee',
    editableBy: [],
  },
  {
    code: 'TRINH_THAM_DINH',
    nameVi: 'Trình thẩm định',
    nameEn: 'Submitted for appraisal',
    editableBy: [],
  },
  {
    code: 'HOAN_THIEN_SAU_THAM_DINH',
    nameVi: 'Hoàn thiện sau thẩm định',
    nameEn: 'Revising after appraisal',
    editableBy: ['consultant', 'coordinator'],
  },
  {
    code: 'TRINH_PHE_DUYET',
    nameVi: 'Trình phê duyệt',
    nameEn: 'Submitted for approval',
    editableBy: [],
  },
  {
    code: 'DA_DUYET_KHOA',
    nameVi: 'Đã phê duyệt / Khóa',
    nameEn: 'Approved / Locked',
    editableBy: [],
    locks: true,
  },
] as const satisfies readonly StatusDefinition[];

export type StatusCode = (typeof STATUSES)[number]['code'];

export const STATUS_CODES = STATUSES.map((s) => s.code) as [StatusCode, ...StatusCode[]];

export function statusDefinition(code: StatusCode): StatusDefinition {
  const found = STATUSES.find((s) => s.code === code);
  if (!found) throw new Error(`Unknown status ${code}`);
  return found;
}

export function statusIndex(code: StatusCode): number {
  return STATUS_CODES.indexOf(code);
}

export function isStatusCode(value: string): value is StatusCode {
  return (STATUS_CODES as string[]).includes(value);
}

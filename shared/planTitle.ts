/**
 * The province that issues a plan: its own field, else read from the title ("Quy hoạch tỉnh
 * Lạng Sơn thời kỳ …" → "Lạng Sơn"). The Word export's cover and the printed reader's share it.
 */
export function provinceOf(plan: { province?: string | null; titleVi: string }): string | null {
  if (plan.province) return plan.province;
  return /tỉnh\s+(.+?)\s+(thời kỳ|giai đoạn|,|$)/iu.exec(plan.titleVi)?.[1] ?? null;
}

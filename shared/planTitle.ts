/** "Quy hoạch tỉnh Lạng Sơn thời kỳ …" → "Lạng Sơn": the province that issues the plan. */
export function provinceOf(titleVi: string): string | null {
  return /tỉnh\s+(.+?)\s+(thời kỳ|giai đoạn|,|$)/iu.exec(titleVi)?.[1] ?? null;
}

/** UI strings of the review screens, merged into the main dictionaries (Vietnamese first). */
export const reviewVi = {} as const satisfies Record<string, string>;

export const reviewEn: Record<keyof typeof reviewVi, string> = {};

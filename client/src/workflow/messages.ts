/** UI strings of the workflow screens, merged into the main dictionaries (Vietnamese first). */
export const workflowVi = {} as const satisfies Record<string, string>;

export const workflowEn: Record<keyof typeof workflowVi, string> = {};

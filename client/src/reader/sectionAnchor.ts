/** The id of a section's heading in the reader, the target of its table-of-contents link. */
export const sectionAnchor = (sectionId: string): string => `doc-${sectionId}`;

/** A short fingerprint of the live sections: changes whenever the plan room does. */
import type { PlanSection } from '../plan/types.js';

export function roomSignature(sections: ReadonlyMap<string, PlanSection>): string {
  let hash = 0;
  for (const s of sections.values()) {
    const text = `${s.id}|${s.number}|${s.parentId}|${s.position}|${s.owner}|${s.status}|${s.lock?.at ?? ''}|${s.dueDate ?? ''}|${s.writers.join(',')}|${s.titleVi}`;
    for (let i = 0; i < text.length; i += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  }
  return `${sections.size}:${hash}`;
}

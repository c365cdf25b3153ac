/**
 * The section being read: the last one whose start has reached the top of the window (where a
 * table-of-contents link puts it). Measured once per frame at most while scrolling.
 */
import { useEffect, useState } from 'react';

export const SECTION_ATTR = 'data-reader-section';
/** Below the section's scroll margin, above the end of its heading. */
const TOP_LINE_PX = 64;

export function useActiveSection(count: number): string | null {
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      let current: string | null = null;
      for (const el of document.querySelectorAll<HTMLElement>(`[${SECTION_ATTR}]`)) {
        if (el.getBoundingClientRect().top > TOP_LINE_PX) break;
        current = el.getAttribute(SECTION_ATTR);
      }
      setActive(current);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [count]);

  return active;
}

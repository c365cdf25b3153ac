/**
 * Bring a thread card into view inside the side column when that column scrolls on its own,
 * without moving the page (and the text someone is reading) underneath.
 */
export function revealCard(card: HTMLElement): void {
  const column = card.closest<HTMLElement>('.section-screen__side');
  if (!column || column.scrollHeight <= column.clientHeight) {
    card.scrollIntoView({ block: 'nearest' });
    return;
  }
  const box = card.getBoundingClientRect();
  const frame = column.getBoundingClientRect();
  if (box.top < frame.top) column.scrollTop -= frame.top - box.top + 8;
  else if (box.bottom > frame.bottom) {
    column.scrollTop += Math.min(box.bottom - frame.bottom + 8, box.top - frame.top - 8);
  }
}

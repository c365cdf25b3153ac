import { describe, expect, it } from 'vitest';
import { ConnectionBudget, DEFAULT_BUDGET } from '../../server/collab/connectionBudget.js';

/** A budget on a clock the test moves by hand. */
function budgetAt(): { budget: ConnectionBudget; advance: (ms: number) => void } {
  let now = 1_000_000;
  return {
    budget: new ConnectionBudget(DEFAULT_BUDGET, () => now),
    advance: (ms) => (now += ms),
  };
}

describe('ConnectionBudget', () => {
  it('lets a typist through: 20 keystrokes a second for a minute, one client id', () => {
    const { budget, advance } = budgetAt();
    for (let i = 0; i < 1_200; i++) {
      expect(budget.write(30, [42])).toBeNull();
      expect(budget.integrated(0.5)).toBeNull();
      expect(budget.awareness(120)).toBeNull();
      advance(50);
    }
  });

  it('runs out of updates in a burst beyond 600, and refills with time', () => {
    const { budget } = budgetAt();
    for (let i = 0; i < DEFAULT_BUDGET.updates.burst; i++) expect(budget.write(10, [1])).toBeNull();
    expect(budget.write(10, [1])).toBe('updates');
    const fresh = budgetAt();
    for (let i = 0; i < DEFAULT_BUDGET.updates.burst; i++) fresh.budget.write(10, [1]);
    fresh.advance(1_000);
    expect(fresh.budget.write(10, [1])).toBeNull();
  });

  it('runs out of bytes, client ids, integrating time and awareness', () => {
    expect(budgetAt().budget.write(DEFAULT_BUDGET.bytes.burst + 1, [1])).toBe('bytes');
    const ids = budgetAt().budget;
    for (let id = 0; id < DEFAULT_BUDGET.clientIds; id++) expect(ids.write(10, [id])).toBeNull();
    expect(ids.write(10, [0, 1])).toBeNull(); // ids already seen are free
    expect(ids.write(10, [DEFAULT_BUDGET.clientIds])).toBe('client-ids');
    const slow = budgetAt().budget;
    expect(slow.integrated(1_500)).toBeNull();
    expect(slow.integrated(600)).toBe('integrating');
    const chatty = budgetAt().budget;
    for (let i = 0; i < DEFAULT_BUDGET.awareness.burst; i++) chatty.awareness(100);
    expect(chatty.awareness(100)).toBe('awareness');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureVersionCost } from '../../bench/versions/cost.js';

/** The version store's cost at a small size (the full figure is `npm run bench:versions`). */
describe('version storage cost', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planfold-version-cost-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('100 versions of a section cost under 5× its snapshot', async () => {
    const cost = await measureVersionCost({ pages: 4, versions: 100, editsPerVersion: 5, dir });
    expect(cost.versionBytes).toBeGreaterThan(0);
    expect(cost.ratio).toBeLessThan(5);
  });
});

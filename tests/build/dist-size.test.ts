import { expect, test } from 'vitest';
import { apparentBytes } from '../../scripts/lib/dist-measure.mjs';
import { requireDist } from '../support/dist';

// Issue 20, item 1: dist/ ≤ 200 MB with the wizard in both written forms, counted as `du -sb`
// counts it (files and directories). A text added to every result shows here first.
requireDist();

test('dist/ stays within 200 MB with both written forms of the wizard', () => {
  const bytes = apparentBytes('dist');
  console.info(`dist/: ${(bytes / 1e6).toFixed(1)} MB`);
  expect(bytes).toBeLessThanOrEqual(200_000_000);
});

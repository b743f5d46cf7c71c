import { describe, expect, it } from 'vitest';
import { playwrightCounts } from '../../../scripts/lib/playwright-report.mjs';

// Issue 21: when the preflight stopped Playwright before any test ran, the report had no test at
// all, and `npm test` would have ended «N passed, 0 failed».
const stats = (expected: number, unexpected = 0) => ({ expected, unexpected, flaky: 0 });

describe('how npm test counts the browser tests', () => {
  it('counts passed and failed tests', () => {
    expect(playwrightCounts({ stats: stats(230, 2) }, false)).toEqual({
      passed: 230,
      failed: 2,
      errors: [],
    });
  });
  it('a preflight that stopped the run is a failure, with its first line', () => {
    const report = {
      stats: stats(0),
      errors: [
        { message: 'Error: Nettstedet på http://127.0.0.1:4329 svarer ikke 200, …\n  GET / → 403' },
      ],
    };
    expect(playwrightCounts(report, false)).toEqual({
      passed: 0,
      failed: 1,
      errors: ['playwright: Error: Nettstedet på http://127.0.0.1:4329 svarer ikke 200, …'],
    });
  });
  it('a run that failed without a failed test or an error still counts one', () => {
    expect(playwrightCounts({ stats: stats(5) }, false).failed).toBe(1);
    expect(playwrightCounts({ stats: stats(5) }, true).failed).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { playwrightCounts, vitestCounts } from '../../../scripts/lib/playwright-report.mjs';

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

describe('how npm test counts a vitest suite', () => {
  const file = (status: string, tests: string[]) => ({
    status,
    assertionResults: tests.map((t) => ({ status: t })),
  });
  it('a failed test, and a file whose beforeAll failed while another file had a failed test', () => {
    expect(
      vitestCounts({
        numPassedTests: 10,
        numFailedTests: 1,
        testResults: [
          file('passed', ['passed']),
          file('failed', ['passed', 'failed']),
          // beforeAll timed out: its tests were skipped, none failed
          file('failed', ['skipped', 'skipped']),
        ],
      })
    ).toEqual({ passed: 10, failed: 2 });
  });
  it('a file that did not load', () => {
    expect(
      vitestCounts({ numPassedTests: 3, numFailedTests: 0, testResults: [file('failed', [])] })
    ).toEqual({ passed: 3, failed: 1 });
  });
});

// How `npm test` counts the tests from the JSON reports of Playwright and vitest (scripts/test-all.mjs).

/**
 * { passed, failed, errors } from a report and whether Playwright exited 0. An error outside the
 * tests stops the run before they start: the preflight in the global setup (the site does not
 * answer 200), or a spec that fails to load. Each counts as a failure, named in `errors`, so the
 * run never ends «0 failed» when no test ran. A report with no failure from a run that failed
 * counts one.
 * @param {{ stats: { expected: number, unexpected: number, flaky: number }, errors?: { message?: string }[] }} report
 * @param {boolean} exitedOk
 */
export function playwrightCounts(report, exitedOk) {
  const errors = (report.errors ?? []).map(
    (e) => `playwright: ${String(e.message ?? e).split('\n')[0]}`
  );
  let failed = report.stats.unexpected + report.stats.flaky + errors.length;
  if (!exitedOk && failed === 0) {
    errors.push('playwright exited with an error');
    failed = 1;
  }
  return { passed: report.stats.expected, failed, errors };
}

/**
 * { passed, failed } from a vitest JSON report: every failed test, and once each file that failed
 * without a failed test of its own (it did not load, or a beforeAll hook failed and skipped its
 * tests). Counting only one of the two lost a file whose beforeAll timed out when another file had
 * a failed test.
 * @param {{ numPassedTests: number, numFailedTests: number,
 *   testResults: { status: string, assertionResults: { status: string }[] }[] }} report
 */
export function vitestCounts(report) {
  const broken = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')
  ).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + broken };
}

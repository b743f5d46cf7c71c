import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';

// No browser test may pass on an error page (issue 21): with every page a 403, 23 tests passed
// because they never looked at the response. Every navigation in tests/e2e/ goes through goto()
// (tests/unit/lint/e2e-goto.test.ts fails on a raw page.goto there), and every request that
// stands for a page or a file the site serves through get().

type GotoOptions = NonNullable<Parameters<Page['goto']>[1]> & {
  /** The HTTP status the page must answer with (default 200). */
  status?: number;
};

/** The status of the document the page shows now, as the browser got it. */
const documentStatus = (page: Page) =>
  page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
        ?.responseStatus
  );

/**
 * page.goto that fails unless the page answers with `status` (200 unless told). Returns the
 * response, or null for a move within the same document (only the #fragment changes), which
 * Playwright gives no response for: then the status the document loaded with is checked.
 */
export async function goto(
  page: Page,
  url: string,
  { status = 200, ...options }: GotoOptions = {}
) {
  const response = await page.goto(url, options);
  const got = response ? response.status() : await documentStatus(page);
  expect(got, `HTTP status of ${url}`).toBe(status);
  return response;
}

/** request.get that fails unless the answer has `status` (200 unless told). */
export async function get(
  request: APIRequestContext,
  url: string,
  {
    status = 200,
    ...options
  }: NonNullable<Parameters<APIRequestContext['get']>[1]> & {
    status?: number;
  } = {}
): Promise<APIResponse> {
  const response = await request.get(url, options);
  expect(response.status(), `HTTP status of ${url}`).toBe(status);
  return response;
}

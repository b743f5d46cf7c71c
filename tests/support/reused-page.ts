import { test as base, type Page } from '@playwright/test';

/** The page events a spec on a reused page listens to; each test's listeners go with it. */
const EVENTS = ['console', 'pageerror', 'request', 'response', 'dialog'] as const;

/**
 * `test` whose `page` is one page per worker, reused by every test of the worker, for specs that
 * load one page per test and check it (all-pages, wizard-a11y). A new browser context per test cost
 * about 0.3 s, its first load 0.15 s more, and injecting axe into a new renderer 0.25 s instead of
 * 0.07 s: about 0.6 s of a 1.7 s test. What a test could leave behind is reset before the next:
 * viewport, emulated media, cookies and its listeners. The HTTP cache is off (as DevTools' «Disable
 * cache»), so each page loads every file from the server as on a first visit, and a request made
 * on one page is seen again on the next. (Playwright's `use` is named `provide` here: the React
 * hooks lint rule takes `use(` for a hook.)
 */
export const test = base.extend<object, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, provide, workerInfo) => {
      const { baseURL, locale, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } =
        workerInfo.project.use;
      const context = await browser.newContext({
        baseURL,
        locale,
        viewport,
        userAgent,
        deviceScaleFactor,
        isMobile,
        hasTouch,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await provide(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  // The viewport fixture is the project's, or a spec's test.use({ viewport }). Other context
  // options cannot change on a page already made: a spec that sets one fails here.
  page: async (
    { workerPage: page, viewport, javaScriptEnabled, locale, userAgent, isMobile, hasTouch },
    provide,
    testInfo
  ) => {
    const made = testInfo.project.use;
    const asMade = {
      javaScriptEnabled: made.javaScriptEnabled ?? true,
      locale: made.locale,
      userAgent: made.userAgent,
      isMobile: made.isMobile ?? false,
      hasTouch: made.hasTouch ?? false,
    };
    const asked = { javaScriptEnabled, locale, userAgent, isMobile, hasTouch };
    const differs = Object.keys(asMade).filter(
      (key) => asked[key as keyof typeof asked] !== asMade[key as keyof typeof asMade]
    );
    if (differs.length > 0)
      throw new Error(`reused-page: test.use(${differs.join(', ')}) needs its own context`);
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({ media: null, reducedMotion: 'no-preference' });
    await page.context().clearCookies();
    await provide(page);
    for (const event of EVENTS) page.removeAllListeners(event);
  },
});

export { expect } from '@playwright/test';

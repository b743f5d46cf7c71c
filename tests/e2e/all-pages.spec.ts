import { expect, test } from '../support/reused-page';
import { axeViolations } from '../support/axe';
import { allPaths, notFoundPath } from '../support/site-pages';
import { goto } from '../support/goto';

// One test per page, one load per page: it loads cleanly, stays on its own origin, sets no cookies,
// passes axe, ships framework JS only with an island, and has no horizontal scroll at 320 px.
for (const path of allPaths()) {
  test(`${path}: loads cleanly, passes axe, no framework JS without an island, fits 320 px`, async ({
    page,
    baseURL,
  }) => {
    // The work of three checks in one load: allow what three tests had (playwright.config.ts: 30 s).
    test.setTimeout(90_000);
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (msg) => {
      // The 404 page's own status is reported as a console error; anything else counts.
      const ownStatus = path === notFoundPath && msg.location().url === `${baseURL}${path}`;
      if (msg.type() === 'error' && !ownStatus) errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('request', (req) => {
      if (!req.url().startsWith(baseURL!) && !req.url().startsWith('data:'))
        foreign.push(req.url());
    });
    await goto(page, path, { status: path === notFoundPath ? 404 : 200 });
    // goto waits for «load». A page with an island also waits for it to hydrate and for what it
    // fetches then; a page without one runs nothing after load (a fixed 0.5 s idle wait for each
    // page was most of this test's time).
    const islands = await page.locator('astro-island, [data-wizard-island]').count();
    if (islands > 0) {
      await expect(page.locator('astro-island[ssr], [data-wizard-island="pending"]')).toHaveCount(
        0
      );
      await page.waitForLoadState('networkidle');
    }
    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(await page.context().cookies(), 'cookies').toEqual([]);
    expect(await axeViolations(page), 'axe violations').toEqual([]);

    // Content pages ship no framework JS. Astro's island loader is inline (nginx allows it by
    // hash); nothing else is inline.
    if (islands === 0) {
      const scripts = await page
        .locator('script[src]')
        .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
      expect(
        scripts.filter((src) => /client\.[\w-]+\.js|react|jsx-runtime/.test(src)),
        'framework scripts'
      ).toEqual([]);
      expect(
        await page.locator('script:not([src]):not([type="application/ld+json"])').count(),
        'inline scripts'
      ).toBe(0);
    }

    // WCAG 1.4.10 reflow: the same page narrowed to 320 CSS px (media queries apply on resize).
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
  });
}

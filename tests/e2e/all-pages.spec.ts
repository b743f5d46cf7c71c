import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { allPaths, notFoundPath } from './site-pages';

// One test per page: it loads cleanly, passes axe, stays on its own origin and sets no cookies.
for (const path of allPaths()) {
  test.describe(path, () => {
    test('loads without console errors, foreign requests or cookies, and passes axe', async ({ page, context, baseURL }) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (msg) => {
        // The 404 page's own status is reported as a console error; anything else counts.
        const ownStatus = path === notFoundPath && msg.location().url === `${baseURL}${path}`;
        if (msg.type() === 'error' && !ownStatus) errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('request', (req) => { if (!req.url().startsWith(baseURL!) && !req.url().startsWith('data:')) foreign.push(req.url()); });
      const response = await page.goto(path);
      expect(response?.status(), 'HTTP status').toBe(path === notFoundPath ? 404 : 200);
      await page.waitForLoadState('networkidle');
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
      expect(await axeViolations(page), 'axe violations').toEqual([]);
    });

    test('ships no framework JS unless it has an island', async ({ page }) => {
      await page.goto(path);
      const hasIsland = (await page.locator('astro-island').count()) > 0;
      const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
      const framework = scripts.filter((src) => /client\.[\w-]+\.js|react|jsx-runtime/.test(src));
      const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
      // Astro's island loader is inline; nginx allows it by hash. Nothing else is inline.
      if (!hasIsland) {
        expect(framework).toEqual([]);
        expect(inline, 'inline scripts').toBe(0);
      }
    });

    test('has no horizontal scroll at 320 px', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

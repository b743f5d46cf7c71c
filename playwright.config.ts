import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';

const launchOptions = chromiumLaunchOptions();

const port = Number(process.env.E2E_PORT ?? 4329);
export const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers on the two-core machines: the link crawl and the tampered URLs run in parts that
  // need a second worker to overlap (Playwright's default here would be one).
  workers: 2,
  retries: 0,
  // The front page and a wizard result must answer 200 before any test runs (issue 21).
  globalSetup: './tests/support/global-setup.ts',
  reporter: process.env.PW_REPORTER ? [[process.env.PW_REPORTER]] : [['list']],
  use: { baseURL, launchOptions, locale: 'nb-NO', ...devices['Desktop Chrome'] },
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        // dist/ served by nginx with the production configuration (npm test builds first).
        command: `node scripts/serve-nginx.mjs ${port}`,
        url: `${baseURL}/`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
});

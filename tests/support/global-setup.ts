import { dirname, join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { preflight } from '../../scripts/lib/preflight.mjs';
import { results } from './wizard-sample';

/**
 * Playwright's global setup, after the web server is up and before any test file loads: the front
 * page and a wizard result must answer 200, or the run stops with the statuses, the end of nginx's
 * error log and what to do (scripts/lib/preflight.mjs). E2E_PREFLIGHT=off is only for the test that
 * runs specs against a server answering 403 on purpose (tests/build/forbidden-server.test.ts).
 */
export default async function globalSetup(config: FullConfig) {
  if (process.env.E2E_PREFLIGHT === 'off') return;
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error('playwright.config.ts: baseURL mangler');
  await preflight({
    baseURL,
    paths: ['/', results[0]!.path],
    // Where scripts/serve-nginx.mjs logs (none when the tests run against E2E_BASE_URL).
    errorLog: process.env.E2E_BASE_URL
      ? undefined
      : join(
          dirname(config.configFile ?? 'playwright.config.ts'),
          'build/nginx-run/logs/error.log'
        ),
  });
}

// Before any browser test runs: the server must answer 200 on the front page and on a wizard
// result. An nginx that cannot read the checkout answers 403 on every page, and Playwright counts
// any answer as «server ready»; without this check the suite ran 35 minutes of failing tests with
// the cause only in nginx's error log (issue 21). Used by tests/support/global-setup.ts and by
// tests/build/served-site.test.ts.
import { existsSync, readFileSync } from 'node:fs';

/** The last `count` lines of a log file, or [] when it does not exist. */
export function lastLines(file, count = 8) {
  if (!file || !existsSync(file)) return [];
  return readFileSync(file, 'utf8').trimEnd().split('\n').filter(Boolean).slice(-count);
}

/**
 * GET each path; returns one line per path that did not answer 200: { path, url, status } with the
 * HTTP status, or { path, url, error } when nothing answered.
 */
export async function servedSiteFailures(baseURL, paths, timeoutMs = 15_000) {
  const failures = [];
  for (const path of paths) {
    const url = new URL(path, baseURL).href;
    try {
      const response = await fetch(url, {
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer();
      if (response.status !== 200) failures.push({ path, url, status: response.status });
    } catch (error) {
      failures.push({ path, url, error: error?.cause?.code ?? error?.name ?? String(error) });
    }
  }
  return failures;
}

/** What to do, from what went wrong: one advice per cause seen. */
function advice(failures, log) {
  const tips = [];
  const statuses = new Set(failures.map((f) => f.status));
  if (statuses.has(403) || log.some((l) => l.includes('Permission denied')))
    tips.push(
      'nginx får ikke lese filene i dist/ («Permission denied»). Ligger prosjektet under en mappe bare ' +
        'eieren kan åpne (mode 0700, som /root eller en mappe fra mktemp -d), og kjører arbeidsprosessene ' +
        'til nginx som en annen bruker? scripts/serve-nginx.mjs lar dem kjøre som root når testene ' +
        'kjøres som root: fjern NGINX_USER hvis den er satt. Ellers: gi mappene over prosjektet ' +
        'tilgang (chmod o+x på hver av dem) eller flytt prosjektet.'
    );
  if (statuses.has(404))
    tips.push('dist/ mangler sider eller er gammel: kjør «npm run build» og prøv igjen.');
  if (failures.some((f) => f.error))
    tips.push(
      'Ingen server svarer: se nginx-loggen over, eller om nginx er installert (apt-get install nginx).'
    );
  if (failures.some((f) => f.status && f.status !== 403 && f.status !== 404))
    tips.push('Serveren svarer med feil: se nginx-loggen over.');
  tips.push(
    'Svarer en annen server på porten (utenfor CI gjenbruker Playwright en server som alt kjører), ' +
      'stopp den eller velg en annen port med E2E_PORT.'
  );
  return tips;
}

/** The message that stops the browser tests: statuses, the last lines of nginx's error log, what to do. */
export function preflightMessage({ baseURL, failures, errorLog }) {
  const log = lastLines(errorLog);
  return [
    `Nettstedet på ${baseURL} svarer ikke 200, så nettlesertestene stopper før de starter:`,
    ...failures.map(
      (f) =>
        `  GET ${f.path} → ${f.status ? `${f.status} (ventet 200)` : `ingen svar (${f.error})`}`
    ),
    errorLog
      ? log.length > 0
        ? `Siste linjer i nginx-loggen (${errorLog}):\n${log.map((l) => `  ${l}`).join('\n')}`
        : `nginx-loggen (${errorLog}) er tom eller finnes ikke.`
      : 'Ingen nginx-logg: testene kjører mot E2E_BASE_URL.',
    'Hva dere kan gjøre:',
    ...advice(failures, log).map((t) => `  - ${t}`),
  ].join('\n');
}

/** Throws the message above unless every path answers 200. */
export async function preflight({ baseURL, paths, errorLog }) {
  const failures = await servedSiteFailures(baseURL, paths);
  if (failures.length > 0) throw new Error(preflightMessage({ baseURL, failures, errorLog }));
}

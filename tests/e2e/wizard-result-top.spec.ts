import { expect, test, type Page } from '@playwright/test';
import { flow, pathFor } from '../../src/lib/veiviser';
import { shortLabel } from '../../src/lib/veiviser/short';
import { axeViolations } from '../support/axe';
import { goto } from '../support/goto';
import { hydrated } from '../support/keyboard';
import { results, transitionAnswers } from '../support/wizard-sample';

// Issue 18, items 6 and 7: share, print and the answers at the top of a result; verdict links that
// open the route's details; short accessible names; and a 404 that offers to continue.
const withUnntak = results.find(
  (r) =>
    r.outcome.fits.length > 0 && r.outcome.mayFit.some((a) => a.routeId === 'unntak-lonnstilskudd')
)!;
const transition = pathFor(transitionAnswers);

async function topOfResult(page: Page, js: boolean) {
  for (const path of [withUnntak.path, transition]) {
    await goto(page, path);
    await expect(
      page.getByRole('link', { name: 'Kopier lenke til resultatet', exact: true })
    ).toBeInViewport();
    await expect(
      page.getByRole('img', { name: 'QR-kode som åpner dette resultatet', exact: true })
    ).toBeVisible();
    const print = page.getByRole('button', { name: 'Skriv ut', exact: true });
    if (js) await expect(print).toBeInViewport();
    else await expect(print).toBeHidden();
    const answers = page.getByRole('link', { name: 'Svarene deres og «Endre»', exact: true });
    await expect(answers).toBeInViewport();
    await answers.click();
    await expect(page.locator('.wizard-answers-details')).toHaveAttribute('open', '');
    await expect(
      page.getByRole('link', { name: 'Endre svaret på «Hva slags behov har dere?»', exact: true })
    ).toBeInViewport();
  }
}

/** The result's text, without the controls only JavaScript adds (copy links, «Skriv ut»). */
async function resultText(page: Page, path: string) {
  await goto(page, path);
  return page.locator('.wizard-result').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const c of copy.querySelectorAll('.copy-link, [data-print], [role="status"]')) c.remove();
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });
}
// Issue 18, «done when»: JS on and off give the same result text.
test('a result says the same with and without JavaScript, in both written forms', async ({
  page,
  browser,
  baseURL,
}) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const plain = await noJs.newPage();
  for (const path of [withUnntak.path, transition, `/nn${transition}`]) {
    const withJs = await resultText(page, path);
    expect(withJs.length, path).toBeGreaterThan(1000);
    expect(await resultText(plain, path), path).toBe(withJs);
  }
  // The script did add its copy links on the page with JavaScript.
  await expect(page.locator('.wizard-result .copy-link').first()).toBeAttached();
  await noJs.close();
});

async function verdictLinkOpensDetails(page: Page) {
  await goto(page, withUnntak.path);
  const id = 'kan-passe-unntak-lonnstilskudd';
  await expect(page.locator(`#mer-${id}`)).not.toHaveAttribute('open');
  await page
    .getByRole('list', { name: 'Svaret i korte trekk', exact: true })
    .getByRole('link', { name: 'Stilling uten utlysning (§ 3a b)', exact: true })
    .click();
  await expect(page).toHaveURL(`${withUnntak.path}#detaljer-${id}`);
  await expect(page.locator(`#mer-${id}`)).toHaveAttribute('open', '');
  await expect(page.locator(`#detaljer-${id}`)).toBeInViewport();
  await expect(page.locator(`#detaljer-${id} .route-act`)).toContainText('NAV må godkjenne');
}

test('«Kopier lenke», QR, «Skriv ut» and «Svarene deres» with «Endre» are on the first screen of a result', async ({
  page,
}) => {
  await topOfResult(page, true);
});

test('a link in the verdict list opens the route’s details', async ({ page }) => {
  await verdictLinkOpensDetails(page);
});

test('accessible names: an answer is named by its label, its help is the description; route links by the route', async ({
  page,
}) => {
  await goto(page, '/veiviser/statlig/fast/ny-hos-oss/');
  await hydrated(page);
  const question = flow.questions.find((q) => q.id === 'kandidat')!;
  for (const a of question.answers)
    await expect(page.getByRole('link', { name: a.label, exact: true })).toHaveCount(1);
  await expect(
    page.getByRole('link', { name: 'Ja: hull i CV-en', exact: true })
  ).toHaveAccessibleDescription(/^Hull i CV-en betyr at personen/);
  // The island renders the next step with the same names.
  await page.getByRole('link', { name: 'Ja: hull i CV-en', exact: true }).click();
  await expect(page.locator('#sporsmal')).toBeFocused();
  await expect(page.getByRole('link', { name: 'Nei', exact: true })).toHaveCount(1);

  await goto(page, withUnntak.path);
  const verdicts = page.getByRole('list', { name: 'Svaret i korte trekk', exact: true });
  for (const a of [...withUnntak.outcome.fits, ...withUnntak.outcome.mayFit])
    await expect(
      verdicts.getByRole('link', { name: shortLabel(a.routeId), exact: true })
    ).toHaveCount(1);
});

test('a wizard URL that no longer exists offers to continue from its longest valid part, within the CSP', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on(
    'console',
    (m) => m.type() === 'error' && !/404/.test(m.text()) && problems.push(m.text())
  );
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP ${e.effectiveDirective} ${e.blockedURI}`)
    )
  );
  await goto(page, '/veiviser/statlig/foo/', { status: 404 });
  const next = page.getByRole('link', {
    name: 'Fortsett fra spørsmål 2: Hva slags behov har dere?',
    exact: true,
  });
  await expect(next).toHaveAttribute('href', '/veiviser/statlig/');
  await expect(
    page.getByRole('link', { name: 'Start veiviseren på nytt', exact: true })
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await next.click();
  await expect(page.locator('#sporsmal')).toHaveText('Hva slags behov har dere?');

  // The same in the nynorsk wizard: the link leads on in nynorsk, marked so.
  await goto(page, '/nn/veiviser/statlig/foo/', { status: 404 });
  const nn = page.getByRole('link', {
    name: 'Hald fram frå spørsmål 2: Kva slags behov har de?',
    exact: true,
  });
  await expect(nn).toHaveAttribute('href', '/nn/veiviser/statlig/');
  await expect(nn).toHaveAttribute('lang', 'nn');

  // One answer too many after a result: back to the result.
  await goto(page, `${withUnntak.path}nav-ja/`, { status: 404 });
  await expect(
    page.getByRole('link', { name: 'Se resultatet for disse svarene', exact: true })
  ).toHaveAttribute('href', withUnntak.path);
  // Not even the first answer is valid, or not the wizard: only the ways on of every 404, and
  // outside the wizard the flow is not even loaded.
  const loaded: string[] = [];
  for (const path of ['/veiviser/foo/', '/regelverk/foo/']) {
    if (path.startsWith('/regelverk/'))
      page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await goto(page, path, { status: 404 });
    await expect(page.locator('[data-wizard-continue]')).toBeHidden();
    await expect(
      page.getByRole('link', { name: 'Start veiviseren på nytt', exact: true })
    ).toBeVisible();
  }
  expect(loaded.length, 'the 404 page loads its own files').toBeGreaterThan(1);
  expect(loaded.filter((p) => p.includes('/flow.'))).toEqual([]);
  expect(problems).toEqual([]);
});

test('axe: a result with the top row, and after a verdict link opened a route', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await goto(page, transition);
  expect(await axeViolations(page)).toEqual([]);
  await verdictLinkOpensDetails(page);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the top of a result has the copy link, the QR code and «Svarene deres» (print needs JS)', async ({
    page,
  }) => {
    await topOfResult(page, false);
  });

  test('a link in the verdict list opens the route’s details', async ({ page }) => {
    await verdictLinkOpensDetails(page);
  });

  test('a dead wizard URL still offers «Start veiviseren på nytt»', async ({ page }) => {
    await goto(page, '/veiviser/statlig/foo/', { status: 404 });
    await expect(page.locator('[data-wizard-continue]')).toBeHidden();
    await expect(
      page.getByRole('link', { name: 'Start veiviseren på nytt', exact: true })
    ).toHaveAttribute('href', '/veiviser/');
  });
});

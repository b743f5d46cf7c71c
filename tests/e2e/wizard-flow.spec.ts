import { expect, test, type Page } from '@playwright/test';
import { evaluate, pathFor, type Answers } from '../../src/lib/veiviser';
import { hydrated, tabTo } from '../support/keyboard';
import { goto } from '../support/goto';

// A state agency, temporary 18-month project, candidate with hull i CV-en, NAV involved without
// nedsatt arbeidsevne: § 3a b may fit (NAV must approve first), with at most 12 months of subsidy (lovstatus rows 3a, 4a).
const choices = [
  ['sektor', 'statlig', 'Statlig virksomhet'],
  ['behov', 'midlertidig', 'Et midlertidig behov'],
  // A step of its own; «Ny hos oss» adds no segment to the pages after the next (issue 18, item 5).
  ['situasjon', 'ny-hos-oss', 'Ny hos oss'],
  ['varighet', '12-24-mnd', 'Mer enn 1 år, inntil 2 år'],
  ['grunnlag', 'midlertidig-karakter', 'Arbeidet er midlertidig'],
  ['personalreglement', 'personalreglement-ja', null],
  ['kandidat', 'malgruppe-2', null],
  ['nav', 'nav-ja', null],
  ['arbeidsevne', 'nav-vurdering-nei', null],
] as const;
const answersUpTo = (n: number) =>
  Object.fromEntries(choices.slice(0, n).map(([q, a]) => [q, a])) as Answers;
const resultPath = pathFor(answersUpTo(choices.length));

async function answerByKeyboard(page: Page, slug: string) {
  await tabTo(page, page.locator(`.wizard-answers a[href$="/${slug}/"]`), { max: 60 });
  await page.keyboard.press('Enter');
}

test('with JavaScript: keyboard only from start to result, focus on each new question', async ({
  page,
}) => {
  expect(evaluate(answersUpTo(choices.length))).not.toBeNull();
  await goto(page, '/veiviser/');
  await expect(page.locator('[data-wizard-island]')).toHaveCount(1);
  await hydrated(page);
  for (let i = 0; i < choices.length; i++) {
    const [, slug] = choices[i]!;
    await answerByKeyboard(page, slug);
    if (i < choices.length - 1) {
      await expect(page).toHaveURL(pathFor(answersUpTo(i + 1)));
      await expect(page.locator('#sporsmal')).toBeFocused();
      await expect(page.locator('.wizard-progress')).toHaveText(
        new RegExp(`^Spørsmål ${i + 2} av inntil \\d+$`)
      );
      await expect(page).toHaveTitle(new RegExp(`^Spørsmål ${i + 2}: `));
    }
  }
  await expect(page).toHaveURL(resultPath);
  await expect(page.locator('h1')).toHaveText('Svaret for dere');
  // The need and the first routes, so results differ in tabs and history (issue 18, item 7).
  await expect(page).toHaveTitle(
    'Midlertidig arbeid 1–2 år: Vanlig utlysning, Midlertidig ansettelse'
  );
  await expect(page.locator('#kan-passe-unntak-lonnstilskudd')).toBeVisible();
  await expect(
    page.locator('.route-advice--mayFit', { has: page.locator('#kan-passe-unntak-lonnstilskudd') })
  ).toContainText('12 måneder');
});

test('with JavaScript: the back button returns to the previous question without reload', async ({
  page,
}) => {
  await goto(page, '/veiviser/');
  await hydrated(page);
  await page.locator('.wizard-answers a[href$="/statlig/"]').click();
  await expect(page.locator('#sporsmal')).toHaveText('Hva slags behov har dere?');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.goBack();
  await expect(page).toHaveURL('/veiviser/');
  await expect(page.locator('#sporsmal')).toHaveText('Hva slags virksomhet er dere?');
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('with JavaScript: «Endre» drops the later answers, as without JavaScript (issue 10, item 7)', async ({
  page,
}) => {
  await goto(page, pathFor(answersUpTo(5)));
  await hydrated(page);
  await page.getByRole('link', { name: 'Endre svaret på «Hvor lenge varer behovet?»' }).click();
  await expect(page.locator('#sporsmal')).toHaveText('Hvor lenge varer behovet?');
  await expect(page.locator('#sporsmal')).toBeFocused();
  await page.locator('.wizard-answers a[href$="/6-12-mnd/"]').click();
  // The ground is asked again: no jump ahead to the old answers.
  await expect(page).toHaveURL(pathFor({ ...answersUpTo(2), varighet: '6-12-mnd' }));
  await expect(page.locator('#sporsmal')).toHaveText('Hvorfor er behovet midlertidig?');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('answers are links through to the same prebuilt result', async ({ page }) => {
    await goto(page, '/veiviser/');
    for (const [, slug] of choices)
      await page.locator(`.wizard-answers a[href$="/${slug}/"]`).click();
    await expect(page).toHaveURL(resultPath);
    await expect(page.locator('#kan-passe-unntak-lonnstilskudd')).toBeVisible();
    await expect(page.locator('.wizard-share img.qr-code')).toBeVisible();
  });

  test('«Endre» goes back to that question and drops later answers', async ({ page }) => {
    await goto(page, resultPath);
    // The answers are folded away on a result (issue 10, item 2); a summary click opens them.
    await page.locator('.wizard-answers-details > summary').click();
    await page.getByRole('link', { name: 'Endre svaret på «Hvor lenge varer behovet?»' }).click();
    await expect(page).toHaveURL(pathFor(answersUpTo(3)));
    await expect(page.locator('#sporsmal')).toHaveText('Hvor lenge varer behovet?');
  });

  test('«Start på nytt» goes to the first question', async ({ page }) => {
    await goto(page, resultPath);
    await page.getByRole('link', { name: 'Start på nytt' }).first().click();
    await expect(page).toHaveURL('/veiviser/');
  });

  test('a tampered or outdated URL shows the 404 page with «Start på nytt»', async ({ page }) => {
    for (const bad of [
      '/veiviser/statlig/ukjent/',
      '/veiviser/kommune/midlertidig/12-24-mnd/',
      '/veiviser/statlig/fast/fast/',
    ]) {
      await goto(page, bad, { status: 404 });
      await expect(page.locator('h1')).toHaveText('Siden finnes ikke');
      await expect(page.getByRole('link', { name: 'Start veiviseren på nytt' })).toHaveAttribute(
        'href',
        '/veiviser/'
      );
    }
  });
});

test('a result URL opened cold shows the same result', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await goto(page, resultPath);
  const outcome = evaluate(answersUpTo(choices.length))!;
  for (const r of outcome.fits) await expect(page.locator(`#passer-${r.routeId}`)).toBeVisible();
  for (const r of outcome.notFit)
    await expect(page.locator(`#passer-ikke-${r.routeId}`)).toBeAttached();
  await context.close();
});

test('«Kopier lenke» on a result copies its absolute URL by keyboard, under the CSP', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await goto(page, resultPath);
  const link = page.locator('.wizard-share a[data-copy-link]');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.wizard-share [role="status"]')).toHaveText('Lenken er kopiert');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${resultPath}`);
});

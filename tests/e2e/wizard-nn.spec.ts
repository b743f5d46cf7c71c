import { expect, test, type Page } from '@playwright/test';
import { veiviserText } from '../../src/i18n/veiviser';
import { veiviserTextNn } from '../../src/i18n/veiviser-nn';
import { flowData } from '../../src/lib/veiviser/flow';
import { flowDataNn } from '../../src/lib/veiviser/flow-nn';
import { axeViolations } from '../support/axe';
import { goto } from '../support/goto';
import { hydrated } from '../support/keyboard';

// Issue 20, item 1 (språklova § 14): the reader chooses the written form on every wizard page, and
// the switch keeps the answers, with and without JavaScript.
const question = (id: string, lang: 'nb' | 'nn') =>
  (lang === 'nb' ? flowData : flowDataNn).questions.find((q) => q.id === id)!.text;
const switchLink = (page: Page, to: 'Bokmål' | 'Nynorsk') =>
  page.getByRole('link', { name: to, exact: true });

async function answer(page: Page, slug: string) {
  await page.locator(`.wizard-answers a[href$="/${slug}/"]`).click();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switch leads to the same step in the other form, and back, keeping the answers', async ({
    page,
  }) => {
    await goto(page, '/veiviser/statlig/');
    await expect(page.locator('h1')).toHaveText(question('behov', 'nb'));
    await switchLink(page, 'Nynorsk').click();
    await expect(page).toHaveURL(/\/nn\/veiviser\/statlig\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(page.locator('h1')).toHaveText(question('behov', 'nn'));
    await answer(page, 'fast');
    await expect(page).toHaveURL(/\/nn\/veiviser\/statlig\/fast\/$/);
    await switchLink(page, 'Bokmål').click();
    await expect(page).toHaveURL(/\/veiviser\/statlig\/fast\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  });

  test('a result switches to its twin with the same verdicts', async ({ page }) => {
    const path = '/veiviser/privat/fast/nav-nei/';
    await goto(page, path);
    const verdicts = await page.locator('.wizard-verdicts > li').count();
    await switchLink(page, 'Nynorsk').click();
    await expect(page).toHaveURL(new RegExp(`/nn${path}$`));
    await expect(page.locator('h1')).toHaveText(veiviserTextNn.resultHeading);
    await expect(page.locator('.wizard-verdicts > li')).toHaveCount(verdicts);
    await expect(switchLink(page, 'Bokmål')).toHaveAttribute('href', path);
  });
});

test.describe('with JavaScript', () => {
  test('the switch follows the steps answered without reloading, and the nynorsk island moves on in nynorsk', async ({
    page,
  }) => {
    await goto(page, '/veiviser/');
    await hydrated(page);
    await answer(page, 'statlig');
    await answer(page, 'fast');
    await expect(page).toHaveURL(/\/veiviser\/statlig\/fast\/$/);
    await expect(switchLink(page, 'Nynorsk')).toHaveAttribute('href', '/nn/veiviser/statlig/fast/');
    await switchLink(page, 'Nynorsk').click();
    await expect(page).toHaveURL(/\/nn\/veiviser\/statlig\/fast\/$/);
    await hydrated(page);
    const next = page.locator('#sporsmal');
    const text = await next.textContent();
    expect(flowDataNn.questions.map((q) => q.text)).toContain(text);
    expect(flowData.questions.map((q) => q.text)).not.toContain(text);
    // The next answer, in the nynorsk island: focus on the new question, still in nynorsk.
    await page.locator('.wizard-answers a').first().click();
    await expect(page).toHaveURL(/\/nn\/veiviser\/statlig\/fast\/[^/]+\/$/);
    await expect(next).toBeFocused();
    expect(flowDataNn.questions.map((q) => q.text)).toContain(await next.textContent());
    await expect(page).toHaveTitle(/^Spørsmål \d+: /);
    await expect(switchLink(page, 'Bokmål')).toHaveAttribute(
      'href',
      new URL(page.url()).pathname.replace(/^\/nn/, '')
    );
  });

  test('the nynorsk start page is in nynorsk and passes axe', async ({ page }) => {
    await goto(page, '/nn/veiviser/');
    await hydrated(page);
    await expect(page.locator('h1')).toHaveText(question('sektor', 'nn'));
    await expect(page.locator('.wizard-intro .lead')).toHaveText(veiviserTextNn.intro);
    await expect(page.locator('.wizard-intro .lead')).not.toHaveText(veiviserText.intro);
    expect(await axeViolations(page)).toEqual([]);
  });
});

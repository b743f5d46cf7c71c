import { expect, test } from '@playwright/test';
import { goto } from '../support/goto';

// The front page leads to what the review's users looked for and did not find there (review of
// 6 December 2026, part 4, tasks 1 and 6): the page on lønnstilskudd, and the rule changes.
test('the front page links the lønnstilskudd page and the rule changes, and says the disclaimer once', async ({
  page,
}) => {
  await goto(page, '/');
  const main = page.getByRole('main');
  await expect(main.locator('a[href="/regelverk/midlertidig-lonnstilskudd/"]')).toHaveCount(1);
  const changes = main.locator('a[href="/endringslogg/#endringer-i-reglene"]');
  await expect(changes).toHaveCount(1);
  await changes.click();
  await expect(page.locator('#endringer-i-reglene')).toBeInViewport();
  await goto(page, '/');
  await expect(page.getByText(/veiledning, ikke (?:et )?vedtak/)).toHaveCount(1);
});

import { expect, test } from '@playwright/test';
import { describeViolations, siteAxe } from '../support/axe';
import { goto } from '../support/goto';

// axeViolations runs axe in the page itself (legacy mode) when the page has no frames, to save
// time. This checks that it finds what axe's default mode finds, on a real page with violations
// of several kinds put in (as elements: the site's CSP blocks inline styles).
test('axe in the page (legacy mode) finds exactly what the default mode finds', async ({
  page,
}) => {
  await goto(page, '/regelverk/hovedreglene/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML(
      'afterbegin',
      [
        '<img src="/favicon.svg">',
        '<button type="button"></button>',
        '<p><a href="/om/">a</a><a href="/ordliste/">b</a></p>',
        '<input type="text">',
        '<a href="/personvern/"></a>',
        '<div role="navigation"><span aria-hidden="true"><a href="/om/">Skjult lenke</a></span></div>',
      ].join('')
    );
  });
  expect(page.frames()).toHaveLength(1);
  const legacy = describeViolations(await siteAxe(page, true).analyze());
  const standard = describeViolations(await siteAxe(page, false).analyze());
  // Six kinds, target-size among them (the one a shortcut in an earlier trial lost).
  expect(legacy.map((v) => v.split(' ')[0]).sort()).toEqual([
    'aria-hidden-focus',
    'button-name',
    'image-alt',
    'label',
    'link-name',
    'target-size',
  ]);
  expect(legacy).toEqual(standard);
});

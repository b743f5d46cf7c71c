import { expect, test } from '../support/reused-page';
import { contentShortExamples, contentStories } from '../support/content-stories';
import { goto } from '../support/goto';

// Issue 19, item 4: the four things an employer wants (what they did, for whom, through which route,
// what came of it) are on a story's first screen, on a phone and on a desktop. tests/build/story-brief.test.ts
// checks what «Kort fortalt» says; this checks where it lands. And the old address of a story that
// moved to «Korte eksempler» opens that example's section.
const stories = contentStories();
const screens = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

for (const screen of screens) {
  test(`every story shows «Kort fortalt» whole on the first screen (${screen.name}, ${screen.width}×${screen.height})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    const below: string[] = [];
    for (const s of stories) {
      await goto(page, `/suksesshistorier/${s.slug}/`);
      const box = await page.locator('[data-story-brief]').boundingBox();
      expect(box, s.slug).not.toBeNull();
      if (box!.y + box!.height > screen.height)
        below.push(`${s.slug}: ${Math.round(box!.y + box!.height)} px`);
    }
    expect(below).toEqual([]);
  });
}

for (const e of contentShortExamples()) {
  test(`/suksesshistorier/${e.slug}/ opens its section on /suksesshistorier/korte-eksempler/`, async ({
    page,
  }) => {
    await goto(page, `/suksesshistorier/${e.slug}/`);
    await expect(page).toHaveURL(`/suksesshistorier/korte-eksempler/#${e.slug}`);
    const heading = page.locator(`h2#${e.slug}`);
    await expect(heading).toHaveText(e.title);
    await expect(heading).toBeInViewport();
  });
}

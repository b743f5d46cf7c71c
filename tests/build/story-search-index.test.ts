import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { contentShortExamples, contentStories } from '../support/content-stories';
import { requireDist } from '../support/dist';
import { blockTexts, indexedAsBlock, indexedContent, leftOut } from '../support/search-index';
import { all, builtPage, one, text, withAttr, withClass } from '../support/static-dom';
import { movedStoryPaths } from '../../src/lib/content/moved-stories.mjs';

// Issue 19, item 1 (the story pages): only a story's own text is searchable. The fact box values
// (sector, industry, region, target group, route and practice labels, «Ikke oppgitt i kilden»), the
// labels and dates above the story, the corrections, the wizard box, «Les mer», «Lignende historier»
// and «Kilder» are kept out of the index; the filters come from the data (PagefindData.astro).
// Read two ways: in the built HTML, every such element is outside data-pagefind-body or under
// data-pagefind-ignore; in the built Pagefind index (dist/pagefind/fragment/), no text of theirs
// appears in the page's indexed content, while the story's «Kort fortalt» does.
requireDist();

const index = indexedContent();

/** The parts of a story page that are not the story's own text. */
const inFacts = (el: Element) => {
  for (
    let n: Element | null = el.parent as Element | null;
    n?.attribs;
    n = n.parent as Element | null
  )
    if ('data-story-facts' in n.attribs) return true;
  return false;
};
const notStoryText = [
  // «Fakta fra kilden»: its heading, its labels and every value but «Resultater», which is story text.
  (el: Element) => 'data-fact' in el.attribs && el.attribs['data-fact'] !== 'outcomes',
  (el: Element) => inFacts(el) && (el.name === 'dt' || withClass('heading-anchor')(el)),
  withClass('story-meta'),
  withAttr('data-story-correction'),
  withClass('story-wizard'),
  withAttr('data-story-read-more'),
  withAttr('data-similar-stories'),
  withClass('references'),
  withClass('short-examples-toc'),
];
const isNotStoryText = (el: Element) => notStoryText.some((m) => m(el));

/** `storyText`: text the index must hold; `alsoStory`: text that is also the page's own (the list of contents repeats the headings). */
function checkPage(path: string, storyText: string[], alsoStory: string[] = []) {
  const page = builtPage(path);
  const regions = all(page, isNotStoryText).filter((el) => el.name !== 'html');
  it('keeps every label, fact value, date, link list and source list out of data-pagefind-body', () => {
    expect(regions.length).toBeGreaterThan(3);
    const indexed = regions.filter((el) => !leftOut(el));
    expect(
      indexed.map(
        (el) => `${el.name} ${Object.keys(el.attribs).join(' ')}: ${text(el).slice(0, 60)}`
      )
    ).toEqual([]);
  });
  it('has none of their text in the built search index, and the story text is there', () => {
    const content = index.get(path);
    expect(content, `${path} mangler i søkeindeksen`).toBeDefined();
    const leaked = blockTexts(regions)
      .filter((t) => !alsoStory.includes(t))
      .filter((t) => indexedAsBlock(t, content!));
    expect(leaked).toEqual([]);
    for (const t of [
      'Ikke oppgitt i kilden',
      'Les mer.',
      'Kilder.',
      'Fakta fra kilden',
      'Publisert ',
    ])
      expect(content, t).not.toContain(t);
    for (const t of storyText) expect(content, t).toContain(t);
  });
}

describe.each(contentStories().map((s) => [`/suksesshistorier/${s.slug}/`, s] as const))(
  '%s',
  (path, story) => checkPage(path, [story.brief.did, story.brief.result])
);

describe('/suksesshistorier/korte-eksempler/', () => {
  checkPage(
    '/suksesshistorier/korte-eksempler/',
    contentShortExamples().flatMap((e) => [e.brief.did, e.brief.result]),
    contentShortExamples().map((e) => e.title)
  );
  it('is indexed once; the old addresses of its examples are not indexed at all', () => {
    const moved = movedStoryPaths();
    expect(moved.length).toBe(contentShortExamples().length);
    expect(moved.filter((p) => index.has(p))).toEqual([]);
    expect(one(builtPage(moved[0]!), withAttr('data-moved-story'))).toBeDefined();
  });
});

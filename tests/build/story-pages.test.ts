import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { similarStories, SIMILAR_MAX } from '../../src/lib/stories';
import { storyWizardLink } from '../../src/lib/story-wizard';
import { movedStoryPaths } from '../../src/lib/content/moved-stories.mjs';
import { formatDate } from '../../src/lib/dates';
import { contentShortExamples, contentStories } from '../support/content-stories';
import { distFile, requireDist } from '../support/dist';
import { all, builtPage, one, text, withAttr } from '../support/static-dom';

// Rules (issue 12, item 5): every link a story page makes into the wizard or to a similar story
// reaches a built page; the steps show as an ordered list; «vanskelig» stories carry their label.
requireDist();
const stories = contentStories();
const page = (path: string) => readFileSync(distFile(path), 'utf8');
const storyPage = (slug: string) => page(`/suksesshistorier/${slug}/`);
const attrs = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`${name}="([^"]+)"`, 'g'))].map((m) => m[1] as string);
const section = (html: string, marker: string) => {
  const start = html.indexOf(marker);
  const end = html.slice(start).search(/<\/(section|nav)>/);
  return start < 0 ? '' : html.slice(start, start + end);
};

describe.each(stories.map((s) => [s.slug, s] as const))('story page %s', (slug, story) => {
  const html = storyPage(slug);
  it('links the wizard at the path of its stated facts, and that page is built', () => {
    const [href] = attrs(html, 'data-story-wizard');
    expect(href).toBe(storyWizardLink(slug)!.path);
    expect(existsSync(distFile(href!)), href).toBe(true);
  });
  it(`links at most ${SIMILAR_MAX} similar stories, the ones similarStories picks, each a built page`, () => {
    const links = [
      ...section(html, 'data-similar-stories').matchAll(/href="(\/suksesshistorier\/[^"]+)"/g),
    ].map((m) => m[1] as string);
    expect(links).toEqual(
      similarStories(story, stories).map((s) => `/suksesshistorier/${s.slug}/`)
    );
    for (const href of links) expect(existsSync(distFile(href)), href).toBe(true);
  });
  it('shows its steps as an ordered list, in order', () => {
    const steps = section(html, 'data-story-steps');
    const items = [...steps.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(items.length).toBe(story.steps?.length ?? 0);
    if (story.steps) expect(steps).toContain('<ol>');
  });
  it('shows the date it was published', () => {
    expect(html).toMatch(
      new RegExp(
        `<time datetime="${story.published.toISOString().slice(0, 10)}"[^>]*data-published`
      )
    );
  });
  it('carries the «Hva som var vanskelig» label exactly when its outcomeKind is «vanskelig»', () => {
    expect(html.includes('data-outcome-kind="vanskelig"')).toBe(story.outcomeKind === 'vanskelig');
    expect(html.includes('data-outcome-kind="blandet"')).toBe(story.outcomeKind === 'blandet');
  });
  it('says when it was published and updated, with a space between the sentences', () => {
    const dates = text(one(builtPage(`/suksesshistorier/${slug}/`), withAttr('data-story-dates')));
    expect(dates).not.toMatch(/\.[^\s]/);
    expect(dates).toContain(`Publisert ${formatDate(story.published)}.`);
    if (story.updated.getTime() !== story.published.getTime())
      expect(dates).toContain(`. Sist oppdatert ${formatDate(story.updated)}.`);
  });
  it('tells each correction of its text with the date, the old text kept out of search', () => {
    const page = builtPage(`/suksesshistorier/${slug}/`);
    const shown = all(page, withAttr('data-story-correction'));
    expect(shown.length).toBe(story.corrections.length);
    // «Retta» on a nynorsk page; an old text in the other form is marked with its lang.
    const corrected = { nb: 'Rettet', nn: 'Retta' }[story.lang];
    story.corrections.forEach((c, i) => {
      expect(text(shown[i]!)).toContain(`${corrected} ${formatDate(c.date, story.lang)}:`);
      expect('data-pagefind-ignore' in shown[i]!.attribs).toBe(true);
      if (!c.oldText) return;
      const old = one(shown[i]!, withAttr('data-old-text'));
      expect(text(old)).toBe(c.oldText.trim());
      expect(old.attribs.lang).toBe(c.oldTextLang === story.lang ? undefined : c.oldTextLang);
    });
  });
  it('lists «Les mer» from its frontmatter, each a built page (and anchor)', () => {
    const links = [...section(html, 'data-story-read-more').matchAll(/href="([^"#][^"]*)"/g)].map(
      (m) => m[1] as string
    );
    expect(links).toEqual(
      story.readMore.map((l) => `/regelverk/${l.page}/${l.anchor ? `#${l.anchor}` : ''}`)
    );
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const [path, anchor] = href.split('#');
      const target = page(path!);
      if (anchor) expect(target, href).toContain(`id="${anchor}"`);
    }
  });
  it('links its Atom feed in the head', () => {
    expect(html).toMatch(
      /<link rel="alternate" type="application\/atom\+xml"[^>]*href="[^"]*\/suksesshistorier\/atom\.xml"/
    );
  });
});

describe('filter pages added for issue 12', () => {
  it('/suksesshistorier/utfall/vanskelig/ lists exactly the «vanskelig» stories', () => {
    const listed = attrs(page('/suksesshistorier/utfall/vanskelig/'), 'data-story').sort();
    expect(listed).toEqual(
      stories
        .filter((s) => s.outcomeKind === 'vanskelig')
        .map((s) => s.slug)
        .sort()
    );
    expect(listed.length).toBeGreaterThan(0);
  });
  it("says on the innvandrerbakgrunn filter page that the group is not in the site's målgruppe (review m16)", () => {
    const afterLead =
      /data-filter-count>[^<]*<\/span>\.<\/p>\s*<p class="meta" data-not-malgruppe>/;
    const html = page('/suksesshistorier/malgruppe/innvandrerbakgrunn/');
    expect(html).toMatch(afterLead);
    expect(html).toContain('href="/regelverk/intervjuplikt-og-saerbehandling/#ikke-innvandrer"');
    expect(page('/suksesshistorier/malgruppe/hull-i-cv/')).not.toMatch(afterLead);
  });
  it('says it beside the group in the filter links of the story list too', () => {
    const browse = section(page('/suksesshistorier/'), 'data-story-browse');
    expect(browse.indexOf('data-filter-link="malgruppe/innvandrerbakgrunn"')).toBeGreaterThan(0);
    expect(browse.indexOf('data-not-malgruppe')).toBeGreaterThan(
      browse.indexOf('data-filter-link="malgruppe/innvandrerbakgrunn"')
    );
  });
});

describe('stories that moved to «Korte eksempler» (issue 19)', () => {
  const examples = contentShortExamples();
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  it('has a page at each old address', () => {
    expect(movedStoryPaths()).toEqual(examples.map((e) => `/suksesshistorier/${e.slug}/`).sort());
  });
  it.each(examples.map((e) => [e.slug, e] as const))(
    '%s: the old address sends the reader on to its section, noindex and out of the sitemap',
    (slug, example) => {
      const html = page(`/suksesshistorier/${slug}/`);
      const target = `/suksesshistorier/korte-eksempler/#${slug}`;
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}"`);
      expect(html).toContain('<meta name="robots" content="noindex"');
      expect(attrs(html, 'data-moved-to')).toEqual([target]);
      expect(html).toContain(example.title);
      expect(sitemap).not.toContain(`/suksesshistorier/${slug}/<`);
      expect(page('/suksesshistorier/korte-eksempler/')).toContain(`id="${slug}"`);
    }
  );
  it('the page of short examples is in the sitemap, and the story list links it with the count', () => {
    expect(sitemap).toContain('/suksesshistorier/korte-eksempler/<');
    const list = one(builtPage('/suksesshistorier/'), withAttr('data-short-examples-link'));
    expect(one(list, withAttr('href', '/suksesshistorier/korte-eksempler/'))).toBeDefined();
    expect(text(list)).toContain(`(${examples.length})`);
  });
  it('the story list names the «vanskelig» and «blandet» filter pages in its intro', () => {
    const note = one(builtPage('/suksesshistorier/'), withAttr('data-list-note'));
    const hrefs = all(note, withAttr('href')).map((a) => a.attribs.href);
    for (const kind of ['vanskelig', 'blandet'])
      if (stories.some((s) => s.outcomeKind === kind))
        expect(hrefs).toContain(`/suksesshistorier/utfall/${kind}/`);
  });
  it('the fact box shows measures the source calls planned as planned, not as used', () => {
    for (const s of stories.filter((x) => x.plannedRoutes.length > 0)) {
      const built = builtPage(`/suksesshistorier/${s.slug}/`);
      expect(
        all(built, withAttr('data-planned-route')).map((e) => e.attribs['data-planned-route'])
      ).toEqual(s.plannedRoutes);
      for (const id of s.plannedRoutes)
        expect(all(built, withAttr('data-fact', 'routes'), withAttr('data-route', id))).toEqual([]);
    }
  });
});

// The scope help no longer says what the employer did, only what the source names (review 2026-12-06, L1).
it('the «Åpent for alle» help says what the source names, not what the employer did', () => {
  const open = stories.find((s) => !s.routes.length)!;
  expect(page(`/suksesshistorier/${open.slug}/`)).toContain(
    'Kilden nevner ingen vei som bare staten har.'
  );
});

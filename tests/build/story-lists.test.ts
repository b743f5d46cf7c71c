import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { contentStories } from '../support/content-stories';
import { yamlList } from '../support/content-files';
import { requireDist } from '../support/dist';
import { all, both, builtPage, one, tag, text, withAttr, withClass } from '../support/static-dom';
import {
  emptyFilterPages,
  filterStories,
  groupByScope,
  staticFilterPages,
  storyScope,
} from '../../src/lib/stories';
import { route } from '../../src/lib/vocabulary';

// The story pages, the list and the static filter pages, checked against the content files
// through the same pure functions the pages use. They must work as plain HTML without
// JavaScript, so the built HTML is what is read (before issue 13 a browser without JavaScript
// loaded each of these pages; reading dist/ checks the same, in milliseconds).
requireDist();
const stories = contentStories();
const kilder = new Map(
  yamlList<{ id: string; title: string; kind: string; year?: string; publisher: string }>(
    'kilder.yaml'
  ).map((k) => [k.id, k])
);
const slugs = (els: Element[]) => els.map((e) => e.attribs['data-story']);
const listed = (page: ReturnType<typeof builtPage>) =>
  slugs(all(page, withAttr('data-story-list'), withAttr('data-story')));

describe.each(
  staticFilterPages(stories).map((p) => [`/suksesshistorier/${p.facet}/${p.value}/`, p] as const)
)('%s', (path, p) => {
  it('lists exactly the stories filterStories gives, with the count and each story’s scope', () => {
    const page = builtPage(path);
    const expected = filterStories(stories, { [p.facet]: [p.value] })
      .map((s) => s.slug)
      .sort();
    expect(listed(page).sort()).toEqual(expected);
    expect(text(one(page, withAttr('data-filter-count')))).toBe(
      expected.length === 1 ? '1 historie' : `${expected.length} historier`
    );
    for (const slug of expected) {
      const s = stories.find((x) => x.slug === slug)!;
      const scope = one(page, withAttr('data-story', slug), withAttr('data-scope'));
      expect(scope.attribs['data-scope'], slug).toBe(storyScope(s));
    }
  });
});

describe('/suksesshistorier/', () => {
  const page = builtPage('/suksesshistorier/');
  it('shows every story once, the state-only ones first under their own heading', () => {
    expect(listed(page).sort()).toEqual(stories.map((s) => s.slug).sort());
    const sections = all(page, withAttr('data-scope-group'));
    expect(sections.map((e) => e.attribs['data-scope-group'])).toEqual(['state', 'open']);
    for (const g of groupByScope(stories)) {
      const inGroup = slugs(
        all(page, withAttr('data-scope-group', g.scope), withAttr('data-story'))
      );
      expect(inGroup.sort()).toEqual(g.stories.map((s) => s.slug).sort());
    }
    expect(
      all(page, both(tag('a'), withAttr('href', '/hva-arbeidsgivere-forteller/'))).length
    ).toBeGreaterThan(0);
  });
  it('links every static filter page, with its count', () => {
    for (const p of staticFilterPages(stories)) {
      const link = one(page, withAttr('data-filter-link', `${p.facet}/${p.value}`));
      expect(link.attribs.href).toBe(`/suksesshistorier/${p.facet}/${p.value}/`);
      expect(text(link.parent!)).toContain(`(${p.stories.length})`);
    }
  });
});

describe.each(stories.map((s) => [`/suksesshistorier/${s.slug}/`, s] as const))('%s', (path, s) => {
  it('shows its facts, badge, linked measures and sources', () => {
    const page = builtPage(path);
    expect(text(one(page, tag('h1')))).toBe(s.title);
    expect(text(one(page, withAttr('data-fact', 'employer')))).toBe(
      s.employer.name ?? s.employer.anonymousDescription!
    );
    // The badge in the story's form: «Berre for staten» / «Ope for alle» on a nynorsk story.
    const scopeLabels = {
      nb: { state: 'Bare for staten', open: 'Åpent for alle' },
      nn: { state: 'Berre for staten', open: 'Ope for alle' },
    }[s.lang];
    expect(text(one(page, withClass('story-meta'), withAttr('data-scope')))).toBe(
      scopeLabels[storyScope(s)]
    );
    for (const id of s.routes) {
      const link = one(page, withAttr('data-fact', 'routes'), withAttr('data-route', id), tag('a'));
      expect(link.attribs.href, id).toBe(`/regelverk/${route(id).page}/`);
    }
    // Outcomes exactly as in the data: figure, text and year.
    const outcomes = all(page, withAttr('data-fact', 'outcomes'), withAttr('data-outcome'));
    expect(outcomes.map(text)).toEqual(
      s.outcomes.map((o) => [o.figure, o.text, o.year && `(${o.year})`].filter(Boolean).join(' '))
    );
    for (const source of s.sources) {
      const k = kilder.get(source.kilde)!;
      const item = text(one(page, withAttr('data-source-item', source.kilde)));
      expect(item).toContain(k.title);
      if (k.kind === 'rapport') expect(item).toContain(`${k.publisher}, ${k.year}`);
      expect(item.toLowerCase()).toContain(source.passage.replace(/\s+/g, ' ').toLowerCase());
    }
    expect(one(page, withAttr('data-last-reviewed'), tag('time')).attribs.datetime).toBe(
      s.lastReviewed.toISOString().slice(0, 10)
    );
    // The breadcrumb names the story by its short title (a phone showed the long title twice).
    expect(
      text(one(page, withClass('crumbs'), both(tag('a'), withAttr('aria-current', 'page'))))
    ).toBe(s.shortTitle);
  });
});

describe.each(
  emptyFilterPages(stories).map((p) => [`/suksesshistorier/${p.facet}/${p.value}/`] as const)
)('%s (no story fills it today)', (path) => {
  it('still answers, says so and points to the short examples, and no list links it', () => {
    const page = builtPage(path);
    expect(listed(page)).toEqual([]);
    expect(text(one(page, withAttr('data-filter-count')))).toBe('0 historier');
    expect(text(one(page, withAttr('data-no-stories')))).toContain('korte eksemplene');
    const list = builtPage('/suksesshistorier/');
    expect(all(list, withAttr('data-filter-link', path.split('/').slice(2, 4).join('/')))).toEqual(
      []
    );
  });
});

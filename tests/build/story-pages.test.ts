import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { similarStories, SIMILAR_MAX } from '../../src/lib/stories';
import { storyWizardLink } from '../../src/lib/story-wizard';
import { contentStories } from '../support/content-stories';
import { distFile, requireDist } from '../support/dist';

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

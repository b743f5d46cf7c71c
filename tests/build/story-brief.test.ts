import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnyNode, Element } from 'domhandler';
import { contentShortExamples, contentStories } from '../support/content-stories';
import { distFile, requireDist } from '../support/dist';
import { all, builtPage, one, tag, text, withAttr } from '../support/static-dom';
import type { HistorieData } from '../../src/schemas/historie';

// Issue 19, item 4: an employer learns from a story's first screen what the employer did, for whom,
// through which route or measure, and what came of it. Every story page and every short example
// opens with «Kort fortalt» (dl[data-story-brief]) holding those four, in that order, each as its
// frontmatter gives it; where the data has nothing (no target group, no route, no outcome), the text
// says plainly that the source does not say. tests/e2e/story-first-screen.spec.ts checks that it
// fits the first screen at 390 and 1280 px.
requireDist();
const stories = contentStories();
const examples = contentShortExamples();
const keys = ['did', 'for', 'route', 'result'] as const;
/**
 * A plain statement that the source is silent: «Kilden sier ikke …», «Rapporten nevner ingen …»,
 * on a nynorsk page «Kjelda seier ikkje …», «Rapporten nemner ingen …».
 */
const saysSourceIsSilent = /\b(?:sier|nevner|seier|nemner)\s+(?:ikke|ikkje|ingen)\b/;

/** The built story page from its <article> on. */
function builtPageHtml(slug: string) {
  const html = readFileSync(distFile(`/suksesshistorier/${slug}/`), 'utf8');
  return html.slice(html.indexOf(`data-story-page="${slug}"`));
}
const elements = (nodes: AnyNode[]) => nodes.filter((n): n is Element => n.type === 'tag');
const fields = (d: HistorieData) => [d.brief.did, d.brief.forWhom, d.brief.route, d.brief.result];

function checkBrief(brief: Element, d: HistorieData, where: string) {
  const rows = all(brief, withAttr('data-brief'));
  expect(
    rows.map((r) => r.attribs['data-brief']),
    where
  ).toEqual([...keys]);
  expect(rows.map(text), where).toEqual(fields(d));
  const [, forWhom, route, result] = rows.map(text) as [string, string, string, string];
  // Nothing in the data: the text says so, rather than leave the reader to guess.
  // No target group in the data: say that the source is silent, or what it does say about the group.
  if (d.targetGroups.length === 0)
    expect(forWhom, `${where}: for hvem, uten målgruppe i dataene`).toMatch(
      new RegExp(`${saysSourceIsSilent.source}|målgruppe`)
    );
  if (d.routes.length === 0)
    expect(route, `${where}: vei, uten routes i dataene`).toMatch(saysSourceIsSilent);
  if (d.outcomes.length === 0)
    expect(result, `${where}: resultat, uten outcomes i dataene`).toMatch(saysSourceIsSilent);
}

describe.each(stories.map((s) => [s.slug, s] as const))('story %s', (slug, story) => {
  const page = builtPage(`/suksesshistorier/${slug}/`);
  const article = one(page, withAttr('data-story-page', slug));
  it('opens with «Kort fortalt» right after the title: did, for whom, route, result', () => {
    const children = elements(article.children).filter((e) => !('hidden' in e.attribs));
    expect(children[0]?.name).toBe('h1');
    expect(children[1]?.name, 'the element after the h1').toBe('dl');
    expect('data-story-brief' in children[1]!.attribs).toBe(true);
    checkBrief(children[1]!, story, slug);
  });
  it('has no other text between the title and «Kort fortalt»', () => {
    const html = builtPageHtml(slug);
    const between = html.slice(html.indexOf('</h1>') + 5, html.indexOf('data-story-brief'));
    expect(between.replace(/<[^>]*$/, '').replace(/\s+/g, '')).toBe('');
  });
});

describe('the short examples on /suksesshistorier/korte-eksempler/', () => {
  const page = builtPage('/suksesshistorier/korte-eksempler/');
  it.each(examples.map((e) => [e.slug, e] as const))(
    '%s: its heading, then «Kort fortalt» with the four',
    (slug, example) => {
      const section = one(page, withAttr('data-short-example', slug));
      const children = elements(section.children);
      expect(text(one(children[0]!, tag('h2')))).toBe(example.title);
      expect(one(children[0]!, tag('h2')).attribs.id).toBe(slug);
      expect('data-story-brief' in (children[1]?.attribs ?? {}), slug).toBe(true);
      checkBrief(children[1]!, example, slug);
    }
  );
  it('has them all, in title order', () => {
    expect(
      all(page, withAttr('data-short-example')).map((e) => e.attribs['data-short-example'])
    ).toEqual(examples.map((e) => e.slug));
    expect(examples.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { storyWizardFacts, storyWizardLink } from '../../../src/lib/story-wizard';
import { flow, keepValid, parseAnswers, pathFor } from '../../../src/lib/veiviser';
import { route } from '../../../src/lib/vocabulary';
import { contentStories } from '../../support/content-stories';

// Rule: a story links to the wizard at the deepest step its source's facts decide, computed by the
// wizard's own functions, never a result built on assumed answers (issue 12, item 5).
const stories = contentStories();
const slugs = stories.map((s) => s.slug);

describe('storyWizardFacts: one entry per story, and only facts the wizard can use', () => {
  it('has an entry for every story in content/historier, and none for a story that does not exist', () => {
    expect(Object.keys(storyWizardFacts).sort()).toEqual([...slugs].sort());
  });
  it.each(Object.entries(storyWizardFacts))(
    '%s: every fact is an answer to a question of the flow',
    (_slug, facts) => {
      for (const [question, answer] of Object.entries(facts)) {
        const q = flow.questions.find((x) => x.id === question);
        expect(q, question).toBeDefined();
        expect(q!.answers.map((a) => a.slug)).toContain(answer);
      }
    }
  );
  it.each(Object.entries(storyWizardFacts))(
    '%s: no fact is dropped by the wizard (the facts are a path prefix)',
    (_slug, facts) => {
      expect(withoutDefaults(keepValid(facts))).toEqual(facts);
    }
  );
  it.each(stories.map((s) => [s.slug, s] as const))(
    '%s: the sector answer is the sector the story states, or none',
    (slug, s) => {
      expect(storyWizardFacts[slug]?.sektor).toBe(s.sector);
      if (s.routes.some((id) => route(id).stateOnly))
        expect(storyWizardFacts[slug]?.sektor).toBe('statlig');
    }
  );
});

/** The answers minus a default the wizard fills in when the URL has no segment for it («ny hos oss»). */
function withoutDefaults(answers: Record<string, string | undefined>) {
  return Object.fromEntries(
    Object.entries(answers).filter(
      ([id, slug]) => flow.questions.find((q) => q.id === id)?.defaultAnswer !== slug
    )
  );
}

describe('storyWizardLink: the link the story page shows', () => {
  it.each(slugs)(
    '%s: is the canonical path of its facts, and the path parses back to them',
    (slug) => {
      const link = storyWizardLink(slug)!;
      const facts = storyWizardFacts[slug]!;
      expect(link.path).toBe(pathFor(facts));
      expect(withoutDefaults(parseAnswers(link.path)!)).toEqual(facts);
      expect(link.facts).toHaveLength(Object.keys(facts).length);
    }
  );
  it('stops at the first question the source does not answer', () => {
    expect(storyWizardLink('statens-vegvesen')).toMatchObject({
      path: '/veiviser/statlig/midlertidig/',
      result: false,
    });
    expect(storyWizardLink('bensinstasjon')).toMatchObject({
      path: '/veiviser/privat/prove-forst/nav-ja/',
      result: false,
    });
    expect(storyWizardLink('stat-arbeidstrening-til-fast-stilling')?.path).toBe(
      '/veiviser/statlig/fast/'
    );
  });
  it('starts from the beginning when the source does not even give the sector', () => {
    expect(storyWizardLink('helsesekretaer')).toEqual({
      path: '/veiviser/',
      facts: [],
      result: false,
    });
  });
  it('names each filled-in answer with the question and the answer label the wizard shows', () => {
    expect(storyWizardLink('statens-vegvesen')!.facts.map((f) => f.answer)).toEqual([
      'Statlig virksomhet',
      'Et midlertidig behov',
    ]);
  });
  it('gives no link for a slug without an entry (synthetic stories)', () => {
    expect(storyWizardLink('syntetisk-0001')).toBeUndefined();
  });
});

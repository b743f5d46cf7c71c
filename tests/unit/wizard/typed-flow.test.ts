import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  dropAfter,
  evaluate,
  keepValid,
  veiviser,
  type Answers,
  type QuestionId,
  type VeiviserOutcome,
} from '../../../src/lib/veiviser';
import { steps } from '../../../src/lib/veiviser/flow';
import { createWizard, type FlowData } from '../../../src/lib/wizard';

// Issue 18, item 8: the engine types a flow by the flow's own answer and outcome types. Each
// «ts-expect-error» below is checked by `astro check` (npm run check, and npm test): if the
// mistake it marks compiled, the directive would be unused and the check would fail.

describe('Veiviseren, typed by its own answers and outcome', () => {
  const answers = { sektor: 'statlig', behov: 'fast' } as const;

  it('does not compile a mistyped question id; at run time it changes nothing', () => {
    // @ts-expect-error «sektr» is not a question of the flow
    expect(dropAfter(answers, 'sektr')).toEqual(keepValid(answers));
    // @ts-expect-error «behv» is not a question of the flow
    expect(steps.change(answers, 'behv')).toEqual(keepValid(answers));
    // @ts-expect-error «kandiat» is not a question of the flow
    expect(steps.pathFor(steps.choose(answers, 'kandiat', 'malgruppe-1'))).toBe(
      '/veiviser/statlig/fast/'
    );
    // @ts-expect-error an answer to a question that does not exist
    expect(evaluate({ sektor: 'privat', behv: 'fast', nav: 'nav-nei' })).toBeNull();
    // @ts-expect-error a slug that is no answer to «sektor»
    expect(evaluate({ sektor: 'statli', behov: 'fast', nav: 'nav-nei' })).toBeNull();
  });

  it('takes a real question id, and gives the flow’s own types back without a cast', () => {
    expect(steps.pathFor(steps.change(answers, 'behov'))).toBe('/veiviser/statlig/');
    expectTypeOf(veiviser.evaluate).returns.toEqualTypeOf<VeiviserOutcome | null>();
    expectTypeOf(veiviser.reachablePaths()[0]!.answers).toEqualTypeOf<Answers>();
    expectTypeOf(veiviser.nextQuestion({})!.id).toEqualTypeOf<QuestionId>();
    expect(veiviser.nextQuestion({ sektor: 'privat', behov: 'fast' })?.id).toBe('nav');
  });
});

describe('another flow on the same engine', () => {
  // A toy flow with an outcome type of its own: the engine never looks inside it.
  type ToyAnswers = { readonly farge?: 'rod' | 'bla'; readonly storrelse?: 'liten' | 'stor' };
  const data: FlowData<'farge' | 'storrelse'> = {
    id: 'leke',
    basePath: '/leke/',
    rulesDate: '2026-12-06',
    questions: [
      {
        id: 'farge',
        text: 'Hvilken farge?',
        answers: [
          { slug: 'rod', label: 'Rød' },
          { slug: 'bla', label: 'Blå' },
        ],
      },
      {
        id: 'storrelse',
        text: 'Hvor stor?',
        askIf: { when: { farge: ['rod'] } },
        answers: [
          { slug: 'liten', label: 'Liten' },
          { slug: 'stor', label: 'Stor' },
        ],
      },
    ],
    aliases: {},
  };
  const toy = createWizard(data, (a: ToyAnswers) => ({
    label: `${a.farge} ${a.storrelse ?? '-'}`,
  }));

  it('walks, evaluates and checks it with the flow’s own schema and slug rule', () => {
    expect(toy.reachablePaths().map((p) => p.path)).toEqual([
      '/leke/',
      '/leke/rod/',
      '/leke/rod/liten/',
      '/leke/rod/stor/',
      '/leke/bla/',
    ]);
    expect(toy.evaluate({ farge: 'rod', storrelse: 'stor' })).toEqual({ label: 'rod stor' });
    expect(toy.evaluate({ farge: 'rod' })).toBeNull();
    const outcome = z.object({ label: z.string().regex(/^(rod|bla) (liten|stor|-)$/) }).strict();
    expect(() => toy.check({ outcome })).not.toThrow();
    expect(() =>
      toy.check({ outcome, slug: (s) => (s === 'bla' ? 'ikke blå' : undefined) })
    ).toThrow(/ikke blå/);
    expect(() => toy.check({ outcome: z.object({ label: z.literal('rod stor') }) })).toThrow(
      /\/leke\/bla\/: label/
    );
  });

  it('does not compile a question id that is not in its answers', () => {
    // @ts-expect-error «farve» is not a question of the toy flow
    expect(toy.dropAfter({ farge: 'bla' }, 'farve')).toEqual({ farge: 'bla' });
    const typo: FlowData<'farge' | 'storrelse'> = {
      ...data,
      // @ts-expect-error a question whose id is not a key of ToyAnswers
      questions: [{ ...data.questions[0]!, id: 'farve' }],
    };
    expect(typo.questions[0]?.id).toBe('farve');
  });
});

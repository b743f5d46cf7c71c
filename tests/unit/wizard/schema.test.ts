import { describe, expect, it } from 'vitest';
import { schemaIssues } from '../../support/schema-issues';
import { checkFlow, evaluate, flow, siteKnownIds } from '../../../src/lib/veiviser';
import { outcomeSchema, slugRule } from '../../../src/lib/veiviser/schema';
import { createWizard, flowDataSchema, type QuestionDef } from '../../../src/lib/wizard';
import { kildeIds, legalRefIds } from './helpers';

const known = siteKnownIds({ legalRefIds, kildeIds });
// The engine's flow schema with the flow's own slug rule, as checkFlow runs it.
const problems = (data: unknown) => schemaIssues(flowDataSchema(slugRule), data);
const withQuestion = (index: number, change: (q: QuestionDef) => QuestionDef) => ({
  ...flow,
  questions: flow.questions.map((q, i) => (i === index ? change(q) : q)),
});
const byId = (id: string) => flow.questions.findIndex((q) => q.id === id);

describe('flow definition schema', () => {
  it('accepts the veiviser flow and every outcome it produces', () => {
    expect(problems(flow)).toEqual([]);
    expect(() => checkFlow(known)).not.toThrow();
  });

  it('rejects a sensitive word in a URL slug', () => {
    const bad = withQuestion(byId('kandidat'), (q) => ({
      ...q,
      answers: [...q.answers.slice(1), { slug: 'nedsatt-funksjonsevne', label: 'x' }],
    }));
    expect(problems(bad).join('\n')).toMatch(/sensitivt ord/);
  });

  it('rejects the same slug in two questions (a misplaced segment could then parse)', () => {
    const bad = withQuestion(byId('nav'), (q) => ({
      ...q,
      answers: [{ slug: 'fast', label: 'x' }, ...q.answers.slice(1)],
    }));
    expect(problems(bad).join('\n')).toMatch(/slug «fast» brukes både/);
  });

  it('rejects askIf that names a later question or an answer that does not exist', () => {
    const later = withQuestion(byId('behov'), (q) => ({
      ...q,
      askIf: { when: { nav: ['nav-ja'] } },
    }));
    expect(problems(later).join('\n')).toMatch(/ikke er et tidligere spørsmål/);
    const noSuchAnswer = withQuestion(byId('varighet'), (q) => ({
      ...q,
      askIf: { when: { behov: ['kanskje'] } },
    }));
    expect(problems(noSuchAnswer).join('\n')).toMatch(/har ikke svaret «kanskje»/);
  });

  it('requires «Vet ikke» to say what to find out and what each answer would change', () => {
    const noInfo = withQuestion(byId('nav'), ({ unknownInfo: _drop, ...q }) => q);
    expect(problems(noInfo).join('\n')).toMatch(/krever unknownInfo/);
    const missingEffect = withQuestion(byId('nav'), (q) => ({
      ...q,
      unknownInfo: { findOut: 'Spør NAV.', effects: { 'nav-ja': 'Noe.' } },
    }));
    expect(problems(missingEffect).join('\n')).toMatch(/mangler virkningen av svaret «nav-nei»/);
  });

  it('rejects aliases that point nowhere or shadow a live slug', () => {
    expect(
      problems({ ...flow, aliases: { kandidat: { 'gruppe-a': 'finnes-ikke' } } }).join('\n')
    ).toMatch(/er ikke et svar/);
    expect(
      problems({ ...flow, aliases: { kandidat: { 'malgruppe-2': 'malgruppe-1' } } }).join('\n')
    ).toMatch(/fortsatt et gjeldende svar/);
    expect(problems({ ...flow, aliases: { ukjent: { a: 'b' } } }).join('\n')).toMatch(
      /ukjent spørsmål/
    );
  });
});

describe('outcome schema', () => {
  const outcome = evaluate({
    sektor: 'statlig',
    behov: 'midlertidig',
    varighet: 'inntil-6-mnd',
    grunnlag: 'vikariat',
    kandidat: 'malgruppe-1',
    nav: 'nav-nei',
  })!;
  const schema = outcomeSchema(known);

  it('accepts a real outcome', () => {
    expect(schema.safeParse(outcome).success).toBe(true);
  });

  it('rejects a legal ref that is not in content/lovhenvisninger.yaml, naming the file', () => {
    const bad = {
      ...outcome,
      fits: outcome.fits.map((r, i) => (i === 0 ? { ...r, legalRefs: ['sal-99'] } : r)),
    };
    expect(JSON.stringify(schema.safeParse(bad).error?.issues)).toMatch(
      /sal-99.*lovhenvisninger\.yaml/
    );
  });

  it('rejects a «må sjekkes» kilde that is not in content/kilder.yaml', () => {
    const bad = {
      ...outcome,
      fits: outcome.fits.map((r, i) =>
        i === 0 ? { ...r, mustCheck: [{ kilde: 'rykte', what: 'Noe.' }] } : r
      ),
    };
    expect(schema.safeParse(bad).success).toBe(false);
  });

  it('rejects a page that differs from the vocabulary, and a mayFit without condition', () => {
    expect(
      schema.safeParse({ ...outcome, fits: outcome.fits.map((r) => ({ ...r, page: 'feil-side' })) })
        .success
    ).toBe(false);
    expect(
      schema.safeParse({ ...outcome, mayFit: outcome.mayFit.map(({ condition: _c, ...r }) => r) })
        .success
    ).toBe(false);
  });

  it('makes checkFlow fail with the path and field when an evaluate rule produces a bad outcome', () => {
    const broken = createWizard(flow, (a) => ({
      ...flow.evaluate(a),
      rulesDate: 'i går',
    }));
    expect(() => broken.check({ outcome: schema, slug: slugRule })).toThrow(
      /\/veiviser\/statlig\/.*rulesDate/
    );
  });
});

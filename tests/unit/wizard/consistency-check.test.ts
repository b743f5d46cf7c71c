import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, parseAnswers, type Answers } from '../../../src/lib/veiviser';
import { pageProblems } from '../../support/wizard-consistency';

// The check that tests/build/wizard-facts.test.ts runs over every prebuilt result, shown to fail on
// a page with planted contradictions: the old non-state «Hva svaret endrer» text (§ 7 and § 3a b
// «kan passe» for a kommune, where both are «Passer ikke»), a rate and a month count the model
// does not give.
const FIXTURE = readFileSync('tests/fixtures/wizard/planted-contradiction.html', 'utf8');
const KOMMUNE = parseAnswers('/veiviser/kommune/behov-vet-ikke/nav-nei/') as Answers;

describe('the facts-model check on a result page', () => {
  it('has a real non-state result to check the fixture against', () => {
    expect(KOMMUNE).not.toBeNull();
    const o = evaluate(KOMMUNE)!;
    expect(o.notFit.map((r) => r.routeId)).toEqual(
      expect.arrayContaining(['administrativ-ansettelse', 'unntak-lonnstilskudd'])
    );
  });

  it('finds every planted contradiction', () => {
    const problems = pageProblems(FIXTURE, KOMMUNE);
    expect(problems).toEqual(
      expect.arrayContaining([
        '45 % står ikke i modellen',
        '7 månedene står ikke i modellen',
        expect.stringMatching(/administrativ-ansettelse som mulig/),
        expect.stringMatching(/unntak-lonnstilskudd som mulig/),
      ])
    );
  });

  it('passes the fixture once the contradictions are taken out', () => {
    const clean = FIXTURE.replace(/<details>[\s\S]*<\/details>/, '').replace(
      /<p>Lønnstilskudd:.*<\/p>/,
      ''
    );
    expect(pageProblems(clean, KOMMUNE)).toEqual([]);
  });
});

import { evaluate, nextQuestion, reachablePaths, type Answers } from '../../src/lib/veiviser';
import type { VeiviserOutcome as Outcome } from '../../src/lib/veiviser';

export const paths = reachablePaths();
export const results = paths
  .filter((p) => p.kind === 'result')
  .map((p) => ({ ...p, outcome: evaluate(p.answers as Answers) as Outcome }));
export const stepsByQuestion = new Map<string, string>();
for (const p of paths) {
  const q = p.kind === 'step' ? nextQuestion(p.answers as Answers) : null;
  if (q && !stepsByQuestion.has(q.id)) stepsByQuestion.set(q.id, p.path);
}

/** One result per route and list it can land in: covers every kind of outcome without all 1,000. */
export function outcomeSample() {
  const seen = new Set<string>();
  const sample: typeof results = [];
  for (const r of results) {
    const keys = (['fits', 'mayFit', 'notFit'] as const).flatMap((list) =>
      r.outcome[list].map((x) => `${list}:${x.routeId}`)
    );
    keys.push(
      ...r.outcome.unknowns.map((u) => `unknown:${u.questionId}`),
      ...r.outcome.notices.map(() => 'notice')
    );
    if (keys.some((k) => !seen.has(k))) {
      keys.forEach((k) => seen.add(k));
      sample.push(r);
    }
  }
  return sample;
}

/** On arbeidstrening with us, and we want to hire (issue 10, item 5): the transition the tests walk. */
export const transitionAnswers: Answers = {
  sektor: 'statlig',
  behov: 'fast',
  situasjon: 'arbeidstrening-her',
  kandidat: 'malgruppe-1',
  trainee: 'trainee-nei',
  utdanning: 'utdanning-nei',
  arbeidsevne: 'nav-vurdering-ja',
};

import { describe, expect, it } from 'vitest';
import { evaluate, reachablePaths } from '../../../src/lib/veiviser';
import { wizardChecks, wizardStepChecks } from '../../../src/lib/review/wizard-checks';

// Rule protected: the reviewer's page lists every «må sjekkes» the wizard can show, not a sample.
describe('wizardChecks', () => {
  it('covers every mustCheck on every result page', () => {
    const rows = new Set(wizardChecks().map((c) => `${c.kilde}|${c.what}|${c.routeId}`));
    let seen = 0;
    for (const p of reachablePaths()) {
      const outcome = p.kind === 'result' ? evaluate(p.answers) : null;
      for (const a of outcome ? [...outcome.fits, ...outcome.mayFit] : []) {
        for (const m of a.mustCheck) {
          seen++;
          expect(rows.has(`${m.kilde}|${m.what}|${a.routeId}`)).toBe(true);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('counts pages and gives an example result page that shows the check', () => {
    for (const c of wizardChecks()) {
      const outcome = evaluate(reachablePaths().find((p) => p.path === c.examplePath)!.answers)!;
      const advice = [...outcome.fits, ...outcome.mayFit].find((a) => a.routeId === c.routeId)!;
      expect(advice.mustCheck.some((m) => m.kilde === c.kilde && m.what === c.what)).toBe(true);
      expect(c.pages).toBeGreaterThanOrEqual(1);
    }
  });

  it('finds help texts on the steps marked «(må sjekkes)»', () => {
    const steps = wizardStepChecks();
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) expect(s.what).toMatch(/\(må sjekkes\)/);
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contentPages, distFile, requireDist, wizardSample } from './dist';

// Every built page validates with html-validate (config: .htmlvalidate.json). html-validate lives
// in tools/html-validate/ because npm cannot add it to the project tree (see README).
interface Message { ruleId: string; message: string; line: number; column: number; severity: number }
interface Report { valid: boolean; results: { messages: Message[] }[] }
interface Validator { validateString(html: string, filename: string): Promise<Report> }
type Constructor = new (config: object) => Validator;

function loadHtmlValidate(): Constructor {
  try {
    const require = createRequire(`${process.cwd()}/tools/html-validate/package.json`);
    return (require('html-validate') as { HtmlValidate: Constructor }).HtmlValidate;
  } catch (error) {
    throw new Error(`html-validate mangler: kjør «npm --prefix tools/html-validate install --no-audit --no-fund» (${String(error)})`);
  }
}

/**
 * Rules switched off for the wizard's step pages only; docs/kvalitet.md lists every disabled check.
 * long-title: the title carries the question («Spørsmål 4: Har personen høyere utdanning …»), which
 * screen reader users need to tell steps apart (WCAG 2.4.2); the steps are noindex (all but the
 * start page /veiviser/, 79 characters), so the search result truncation the rule guards against
 * does not apply to them.
 */
export const wizardStepRules = { 'long-title': 'off' } as const;

requireDist();
const HtmlValidate = loadHtmlValidate();
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as { rules?: Record<string, unknown> };
const site = new HtmlValidate({ ...config, root: true });
const wizardSteps = new HtmlValidate({ ...config, root: true, rules: { ...config.rules, ...wizardStepRules } });

async function errors(validator: Validator, file: string): Promise<string[]> {
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  return report.results.flatMap((r) => r.messages).map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
}

const sample = wizardSample();

describe('html-validate (html-validate:recommended)', () => {
  it('finds the pages it checks', () => {
    expect(contentPages().length).toBeGreaterThan(15);
    expect(sample.steps.length).toBeGreaterThan(5);
    expect(sample.results.length).toBe(20);
  });

  for (const file of contentPages()) {
    it(file, async () => expect(await errors(site, file)).toEqual([]));
  }
  for (const path of sample.steps) {
    it(`${distFile(path)} (wizard step)`, async () => expect(await errors(wizardSteps, distFile(path))).toEqual([]));
  }
  for (const path of sample.results) {
    it(`${distFile(path)} (wizard result)`, async () => expect(await errors(site, distFile(path))).toEqual([]));
  }
});

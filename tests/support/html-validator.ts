import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// html-validate lives in tools/html-validate/ because npm cannot add it to the project tree (see README).
interface Message {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  severity: number;
}
interface Report {
  valid: boolean;
  results: { messages: Message[] }[];
}
export interface Validator {
  validateString(html: string, filename: string): Promise<Report>;
}
type Constructor = new (config: object) => Validator;

function loadHtmlValidate(): Constructor {
  try {
    const require = createRequire(`${process.cwd()}/tools/html-validate/package.json`);
    return (require('html-validate') as { HtmlValidate: Constructor }).HtmlValidate;
  } catch (error) {
    throw new Error(
      `html-validate mangler: kjør «npm --prefix tools/html-validate ci» (${String(error)})`,
      { cause: error }
    );
  }
}

/** A validator with the site's config (.htmlvalidate.json), with some rules replaced. */
export function validator(rules: Record<string, unknown> = {}): Validator {
  const HtmlValidate = loadHtmlValidate();
  const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as {
    rules?: Record<string, unknown>;
  };
  return new HtmlValidate({ ...config, root: true, rules: { ...config.rules, ...rules } });
}

/** Every message for one file, as «file:line:column rule: message». */
export async function htmlErrors(v: Validator, file: string): Promise<string[]> {
  const report = await v.validateString(readFileSync(file, 'utf8'), file);
  return report.results
    .flatMap((r) => r.messages)
    .map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
}

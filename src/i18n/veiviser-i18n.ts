// The wizard in the page's written form, for the prebuilt pages (språklova § 14): its page texts,
// its steps (questions and URLs under its own base) and a translator for the result texts that
// src/lib/veiviser builds in bokmål. Server side only: each island imports its own form.
import { appendFileSync } from 'node:fs';
import type { Lang } from './lang';
import { catalogTranslator, identity, msgidOf, type Translate } from './translate';
import { veiviserText, type VeiviserText } from './veiviser';
import { veiviserTextNn } from './veiviser-nn';
import catalogNn from './veiviser-nn.json';
import { steps } from '../lib/veiviser/flow';
import { stepsNn } from '../lib/veiviser/flow-nn';

export interface WizardI18n {
  readonly lang: Lang;
  readonly text: VeiviserText;
  readonly steps: typeof steps;
  /** Result texts from src/lib/veiviser into this form. */
  readonly tr: Translate;
}

/**
 * A result text with no nynorsk entry stops the build, naming the text; with
 * VEIVISER_NN_MISSING=<file> (scripts/veiviser-nn-missing.mjs) it is written to that file instead.
 */
function missing(msgid: string, text: string): string {
  const file = process.env.VEIVISER_NN_MISSING;
  if (!file)
    throw new Error(
      `Veiviseren mangler nynorsk for «${msgid}» i src/i18n/veiviser-nn.json. Skriv teksten på nynorsk der (npm run veiviser-nn lister alle som mangler).`
    );
  appendFileSync(file, `${JSON.stringify(msgid)}\n`);
  return text;
}

/**
 * With VEIVISER_NN_MISSING set, every entry used is also recorded, to <file>.used when the build
 * ends, so the script can list entries no page uses any more.
 */
function recordingUse(tr: Translate): Translate {
  const file = process.env.VEIVISER_NN_MISSING;
  if (!file) return tr;
  const used = new Set<string>();
  process.on('exit', () =>
    appendFileSync(`${file}.used`, [...used].map((u) => `${JSON.stringify(u)}\n`).join(''))
  );
  return (text) => {
    used.add(msgidOf(text));
    return tr(text);
  };
}

export const wizardI18n: Record<Lang, WizardI18n> = {
  nb: { lang: 'nb', text: veiviserText, steps, tr: identity },
  nn: {
    lang: 'nn',
    text: veiviserTextNn,
    steps: stepsNn,
    tr: recordingUse(catalogTranslator(catalogNn, missing)),
  },
};

// Each story's link into «Veiviseren»: the answers its source states, and nothing assumed. The
// wizard's own keepValid/pathFor turn them into the deepest step (or result) those facts decide:
// the walk stops at the first question the source does not answer, so a later fact never skips one.
import { flow, keepValid, nextQuestion, pathFor, type Answers } from './veiviser';

/**
 * What the source states, per story slug, as wizard answers. Rules for adding one:
 * - sektor: only the sector the story gives (left out where the source does not say);
 * - behov: «midlertidig» or «fast» only where the source names the post, «prove-forst» only where the
 *   source says the employer tried the person out before deciding on a job;
 * - nav: «nav-ja» where the person came through NAV or a NAV measure.
 * Every real story has an entry (tests/unit/stories/story-wizard.test.ts); `{}` means the start page.
 * The short examples (/suksesshistorier/korte-eksempler/) have no wizard link.
 */
export const storyWizardFacts: Readonly<Record<string, Answers>> = {
  'aker-solutions-stord': { sektor: 'privat', behov: 'prove-forst', nav: 'nav-ja' }, // assessed for a job after three months (003 L1024)
  'arbeidstilsynet-stillingsannonse': { sektor: 'statlig' }, // the ad's post type is not given
  bensinstasjon: { sektor: 'privat', behov: 'prove-forst', nav: 'nav-ja' }, // a cost-free try-out before a job (001 L4200–4220)
  'bygge-og-anleggsfirma': { sektor: 'privat' }, // no post yet: the need is not stated
  helsesekretaer: {}, // sector not stated
  kantine: {}, // sector not stated
  'kommunal-enhet-praktiske-oppgaver': { sektor: 'kommune' }, // whether the 20 % post is permanent is not stated
  'kommunal-renholdstjeneste': { sektor: 'kommune' }, // the need at the start is not stated
  maskinbransjen: { sektor: 'privat' }, // the need at the start is not stated
  matvarebutikk: { sektor: 'privat' },
  'nav-st-hanshaugen-statlige-virksomheter': { sektor: 'statlig', behov: 'midlertidig' }, // the typical process fills a vacancy under §§ 7 and 9
  'springbrett-vestre-viken': { sektor: 'helseforetak' },
  'stat-administrativ-ansettelse': { sektor: 'statlig', behov: 'midlertidig' }, // § 7: a temporary hire
  'stat-arbeidstrening-til-fast-stilling': { sektor: 'statlig', behov: 'fast' }, // a permanent post, ordinary utlysning
  'stat-arbeidstrening-til-midlertidig-stilling': { sektor: 'statlig', behov: 'midlertidig' },
  'stat-traineeprogrammet': { sektor: 'statlig' },
  'stat-utlysning-delt-med-nav': { sektor: 'statlig', behov: 'midlertidig' }, // a temporary post, advertised
  'statens-vegvesen': { sektor: 'statlig', behov: 'midlertidig' }, // mainly temporary posts with lønnstilskudd
  'statsforvalteren-i-vestland': { sektor: 'statlig', behov: 'midlertidig' }, // every temporary post goes through NAV
  'stat-heltid-eller-deltid': { sektor: 'statlig', behov: 'midlertidig' }, // interview for a temporary post
  'stat-rekrutteringsrutine-med-nav': { sektor: 'statlig' },
  'vi-inkluderer-fast-kontakt': {}, // several firms, sectors not stated
  'vi-inkluderer-avtalene': {}, // a programme across sectors
};

/** One answer the link fills in, for the text beside it. */
export interface WizardFact {
  question: string;
  answer: string;
}
/** `result`: the facts answer every question on the path, so the link opens a result page. */
export interface StoryWizardLink {
  path: string;
  facts: WizardFact[];
  result: boolean;
}

/** The link for a story, or undefined for a slug without an entry (e.g. synthetic test stories). */
export function storyWizardLink(slug: string): StoryWizardLink | undefined {
  const given = storyWizardFacts[slug];
  if (given === undefined) return undefined;
  const kept = keepValid(given);
  // Only what the source states: a default answer the wizard fills in («ny hos oss») is not a fact.
  const facts = flow.questions.flatMap((q) => {
    if (!(q.id in given)) return [];
    const slugGiven = (kept as Record<string, string | undefined>)[q.id];
    const answer = q.answers.find((a) => a.slug === slugGiven);
    return answer ? [{ question: q.text, answer: answer.label }] : [];
  });
  return { path: pathFor(kept), facts, result: nextQuestion(kept) === null };
}

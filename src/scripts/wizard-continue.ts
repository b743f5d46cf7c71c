// On the 404 page, for a wizard URL that no longer exists (a rule changed, a link mistyped):
// offer to continue from its longest valid part. Without JavaScript, «Start på nytt» stays.
// The flow is loaded only for a wizard URL: other 404s fetch nothing more.
import { pages } from '../i18n/pages';
import { urls } from '../lib/urls';

const box = document.querySelector<HTMLElement>('[data-wizard-continue]');
const link = box?.querySelector('a');
const path = location.pathname.toLowerCase();
// The nynorsk wizard has the same paths under /nn/ (språklova § 14).
const flow = path.startsWith(urls.veiviser)
  ? import('../lib/veiviser/flow').then((m) => m.steps)
  : path.startsWith(urls.veiviserNn)
    ? import('../lib/veiviser/flow-nn').then((m) => m.stepsNn)
    : undefined;
if (box && link && flow)
  void flow.then((steps) => {
    const found = steps.longestValidPrefix(location.pathname);
    const answers = found ? steps.parseAnswers(found) : null;
    if (!found || !answers) return;
    const text = pages.notFound;
    const question = steps.nextQuestion(answers);
    const nn = found.startsWith(urls.veiviserNn);
    const at = nn ? text.continueAtNn : text.continueAt;
    link.href = found;
    if (nn) link.lang = 'nn';
    link.textContent = question
      ? at(steps.progress(answers).index, question.text)
      : nn
        ? text.continueResultNn
        : text.continueResult;
    box.hidden = false;
  });

// On the 404 page, for a wizard URL that no longer exists (a rule changed, a link mistyped):
// offer to continue from its longest valid part. Without JavaScript, «Start på nytt» stays.
import { pages } from '../i18n/pages';
import { steps } from '../lib/veiviser/flow';

const box = document.querySelector<HTMLElement>('[data-wizard-continue]');
const link = box?.querySelector('a');
const found = steps.longestValidPrefix(location.pathname);
const answers = found ? steps.parseAnswers(found) : null;
if (box && link && found && answers) {
  const text = pages.notFound;
  const question = steps.nextQuestion(answers);
  link.href = found;
  link.textContent = question
    ? text.continueAt(steps.progress(answers).index, question.text)
    : text.continueResult;
  box.hidden = false;
}

import { useEffect, useRef, useState } from 'react';
import type { VeiviserText } from '../../i18n/veiviser';
import { documentTitle } from '../../lib/title';
import type { steps as Steps } from '../../lib/veiviser/flow';
import { stepPageTitle } from '../../lib/veiviser/titles';
import type { QuestionId } from '../../lib/veiviser/questions';
import type { AnswerMap } from '../../lib/wizard/types';
import { AnswerSummary } from './AnswerSummary';
import { LangSwitch } from './LangSwitch';

export interface WizardStepsProps {
  /** The answers in this page's URL. */
  answers: AnswerMap;
  siteName: string;
  /** Called once the prebuilt markup has been taken over (src/scripts/wizard-hydrate.ts). */
  onHydrated?: () => void;
}

interface Props extends WizardStepsProps {
  /** The flow and page texts in one written form: each form's entry (WizardSteps, WizardStepsNn) imports its own. */
  steps: typeof Steps;
  text: VeiviserText;
}

/**
 * One wizard step. Without JS it is plain HTML: every answer is a link to the next prebuilt page.
 * With JS it moves between steps without reloading, keeps history, and puts focus on the question.
 * The step logic (choose, «Endre», title) is pure, in the engine; this only renders and navigates.
 */
export function WizardStepsView({ answers: initial, siteName, steps, text, onHydrated }: Props) {
  const [answers, setAnswers] = useState<AnswerMap>(initial);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const question = steps.nextQuestion(answers);
  const progress = steps.progress(answers);

  useEffect(() => onHydrated?.(), [onHydrated]);

  useEffect(() => {
    const onPop = () => {
      const parsed = steps.parseAnswers(location.pathname);
      if (!parsed || !steps.nextQuestion(parsed)) return location.reload();
      moved.current = true;
      setAnswers(parsed);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [steps]);

  useEffect(() => {
    if (!moved.current || !question) return;
    document.title = documentTitle(
      stepPageTitle(text, progress.index, question.text, Object.keys(answers).length === 0),
      siteName
    );
    heading.current?.focus();
  }, [answers, progress.index, question, siteName, text]);

  if (!question) return null;

  const go = (next: AnswerMap) => {
    const path = steps.pathFor(next);
    // Results are prebuilt pages with the full advice: load them.
    if (!steps.nextQuestion(next)) return location.assign(path);
    history.pushState(null, '', path);
    moved.current = true;
    setAnswers(next);
  };
  const link = (questionId: QuestionId, slug: string) => ({
    href: steps.pathFor(steps.choose(answers, questionId, slug)),
    onClick: (event: { preventDefault: () => void }) => {
      event.preventDefault();
      go(steps.choose(answers, questionId, slug));
    },
  });

  return (
    <div className="wizard-step">
      <LangSwitch path={steps.pathFor(answers)} />
      <p className="wizard-progress ds-paragraph" data-size="sm">
        {text.progress(progress.index, progress.maxTotal)}
      </p>
      <h1 id="sporsmal" className="ds-heading" data-size="lg" tabIndex={-1} ref={heading}>
        {question.text}
      </h1>
      {question.help && <p className="ds-paragraph wizard-help">{question.help}</p>}
      <ul className="wizard-answers" aria-label={text.answersLabel}>
        {question.answers.map((answer) => (
          <li key={answer.slug}>
            {/* The name is the answer; its help text is the description (issue 18, item 6). */}
            <a
              className="ds-button wizard-answer"
              data-variant="secondary"
              aria-labelledby={`svar-${answer.slug}`}
              aria-describedby={answer.help ? `svar-${answer.slug}-hjelp` : undefined}
              {...link(question.id, answer.slug)}
            >
              <span id={`svar-${answer.slug}`} className="wizard-answer__label">
                {answer.label}
              </span>
              {answer.help && (
                <span id={`svar-${answer.slug}-hjelp`} className="wizard-answer__help">
                  {answer.help}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
      <AnswerSummary
        answers={answers}
        onChange={(questionId) => go(steps.change(answers, questionId))}
        steps={steps}
        text={text}
      />
    </div>
  );
}

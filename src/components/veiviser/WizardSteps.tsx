import { useEffect, useRef, useState } from 'react';
import { veiviserText as text } from '../../i18n/veiviser';
import { documentTitle } from '../../lib/title';
import { steps } from '../../lib/veiviser/flow';
import { stepPageTitle } from '../../lib/veiviser/titles';
import type { AnswerMap, StepState } from '../../lib/wizard';
import { AnswerSummary } from './AnswerSummary';

interface Props {
  /** The answers in this page's URL. The question data is imported, not passed in. */
  answers: AnswerMap;
  siteName: string;
}

/**
 * One wizard step. Without JS it is plain HTML: every answer is a link to the next prebuilt page.
 * With JS it moves between steps without reloading, keeps history, and puts focus on the question.
 */
export default function WizardSteps({ answers: initial, siteName }: Props) {
  const [state, setState] = useState<StepState>({ answers: initial, earlier: {} });
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const question = steps.nextQuestion(state.answers);
  const progress = steps.progress(state.answers);

  useEffect(() => {
    const onPop = () => {
      const parsed = steps.parseAnswers(location.pathname);
      if (!parsed || !steps.nextQuestion(parsed)) return location.reload();
      moved.current = true;
      setState({ answers: parsed, earlier: {} });
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!moved.current || !question) return;
    document.title = documentTitle(stepPageTitle(progress.index, question.text, Object.keys(state.answers).length === 0), siteName);
    heading.current?.focus();
  }, [state.answers]);

  if (!question) return null;

  // The step logic is pure (steps.choose, steps.change); here it only moves the page.
  const go = (next: StepState) => {
    const path = steps.pathFor(next.answers);
    // Results are prebuilt pages with the full advice: load them.
    if (!steps.nextQuestion(next.answers)) return location.assign(path);
    history.pushState(null, '', path);
    moved.current = true;
    setState(next);
  };
  const choose = (slug: string) => go(steps.choose(state, slug));
  const change = (questionId: string) => go(steps.change(state, questionId));

  return (
    <div className="wizard-step">
      <p className="wizard-progress ds-paragraph" data-size="sm">{text.progress(progress.index, progress.maxTotal)}</p>
      <h1 id="sporsmal" className="ds-heading" data-size="lg" tabIndex={-1} ref={heading}>{question.text}</h1>
      {question.help && <p className="ds-paragraph wizard-help">{question.help}</p>}
      <ul className="wizard-answers" aria-label={text.answersLabel}>
        {question.answers.map((answer) => (
          <li key={answer.slug}>
            <a
              className="ds-button wizard-answer"
              data-variant="secondary"
              href={steps.pathFor({ ...state.answers, [question.id]: answer.slug })}
              onClick={(event) => { event.preventDefault(); choose(answer.slug); }}
            >
              <span className="wizard-answer__label">{answer.label}</span>
              {answer.help && <span className="wizard-answer__help">{answer.help}</span>}
            </a>
          </li>
        ))}
      </ul>
      <AnswerSummary answers={state.answers} onChange={change} />
    </div>
  );
}

import type { VeiviserText } from '../../i18n/veiviser';
import type { steps as Steps } from '../../lib/veiviser/flow';
import type { QuestionId } from '../../lib/veiviser/questions';
import type { AnswerMap } from '../../lib/wizard/types';
import { upTo } from '../../lib/urls';

interface Props {
  answers: AnswerMap;
  /** The flow's steps and page texts in the page's written form. */
  steps: typeof Steps;
  text: VeiviserText;
  /** With JS: moves without reloading. With and without it, «Endre» drops the later answers. */
  onChange?: (questionId: QuestionId) => void;
  /** On a result: no note on «Endre» and no second «Start på nytt» (the share block has it). */
  compact?: boolean;
}

/** The answers so far, each with «Endre». Rendered statically on results, inside the island on steps. */
export function AnswerSummary({ answers, onChange, steps, text, compact = false }: Props) {
  const kept: AnswerMap = steps.keepValid(answers);
  const asked = steps.askedQuestions(kept);
  const here = steps.pathFor(kept);
  if (asked.length === 0) return null;
  return (
    <section className="wizard-summary">
      <h2 id="svarene" className="ds-heading" data-size="xs">
        {text.summaryTitle}
      </h2>
      {!compact && (
        <p className="ds-paragraph no-print" data-size="sm">
          {text.changeNote}
        </p>
      )}
      <dl>
        {asked.map((q) => (
          <div key={q.id} className="wizard-summary__row">
            <dt>{q.text}</dt>
            <dd>
              {steps.answerLabel(q.id, kept[q.id] as string)}{' '}
              <a
                className="ds-link no-print"
                href={upTo(here, steps.pathFor(steps.change(kept, q.id)))}
                onClick={
                  onChange
                    ? (event) => {
                        event.preventDefault();
                        onChange(q.id);
                      }
                    : undefined
                }
              >
                {text.change}
                <span className="ds-sr-only">{text.changeFor(q.text)}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      {!compact && (
        <p className="no-print">
          <a className="ds-link" href={steps.flow.basePath}>
            {text.restart}
          </a>
        </p>
      )}
    </section>
  );
}

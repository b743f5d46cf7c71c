import type { QuestionDef } from './types';

// A flow's questions in another written form (språklova § 14): the same ids, slugs, conditions and
// meanings, with the texts from a table keyed by question id and answer slug. The table's type is
// derived from the flow, so a question or answer added without its text does not compile.

/** The texts of one question: what a step shows. */
export interface QuestionText<S extends string> {
  readonly text: string;
  readonly help?: string;
  readonly answers: { readonly [slug in S]: { readonly label: string; readonly help?: string } };
}

/** Every question's texts, for a flow typed `as const`. */
export type QuestionTexts<Qs extends readonly QuestionDef[]> = {
  readonly [Q in Qs[number] as Q['id']]: QuestionText<Q['answers'][number]['slug']>;
};

/** The questions with their texts replaced; throws where the table lacks a help text the flow has. */
export function localizeQuestions<Qs extends readonly QuestionDef[]>(
  questions: Qs,
  texts: QuestionTexts<Qs>
): Qs {
  const table = texts as unknown as Record<string, QuestionText<string>>;
  return questions.map((q) => {
    const t = table[q.id];
    if (!t || (q.help && !t.help))
      throw new Error(`localizeQuestions: mangler tekst for «${q.id}»`);
    return {
      ...q,
      text: t.text,
      ...(q.help ? { help: t.help } : {}),
      answers: q.answers.map((a) => {
        const at = t.answers[a.slug];
        if (!at || (a.help && !at.help))
          throw new Error(`localizeQuestions: mangler tekst for «${q.id}/${a.slug}»`);
        return { ...a, label: at.label, ...(a.help ? { help: at.help } : {}) };
      }),
    };
  }) as unknown as Qs;
}

// ── Flow definition: pure data plus one evaluate function (smart-answers model) ──

/** Answers keyed by question id; the value is the chosen answer slug. */
export type AnswerMap = Readonly<Partial<Record<string, string>>>;

/** The question ids of a flow, from its answer type: a mistyped id does not compile. */
export type QuestionIdOf<A extends AnswerMap> = Extract<keyof A, string>;

export interface AnswerDef {
  /** URL segment. Abstract ASCII, never a sensitive word (checked by the schema). */
  readonly slug: string;
  readonly label: string;
  readonly help?: string;
  /** Marks the «Vet ikke» answer: the result then lists what to find out. */
  readonly unknown?: boolean;
  /**
   * What the answer means for the flow's rules, as data (a § 9 letter, a month limit): the
   * outcome reads it here instead of comparing slugs. Shown in regler.json.
   */
  readonly means?: Readonly<Record<string, string | number | boolean>>;
}

/** answers[questionId] must be one of the slugs; all entries must hold (AND). */
export type Condition = Readonly<Record<string, readonly string[]>>;

export interface AskIf {
  /** Asked only when every entry matches. */
  readonly when?: Condition;
  /** Not asked when any entry matches (an unanswered question never matches). */
  readonly unless?: Condition;
}

/** For a «Vet ikke» answer: what to find out, and what each real answer would change. */
export interface UnknownInfo {
  readonly findOut: string;
  /** Hand-written effects per answer; a flow may instead compute them from its outcome rules. */
  readonly effects?: Readonly<Record<string, string>>;
}

export interface QuestionDef<Q extends string = string> {
  readonly id: Q;
  readonly text: string;
  readonly help?: string;
  readonly answers: readonly AnswerDef[];
  /** Omitted: always asked. Conditions may only name earlier questions, so the graph has no cycles. */
  readonly askIf?: AskIf;
  readonly unknownInfo?: UnknownInfo;
  /**
   * The answer an old URL means, for a question added to a live flow: the question is asked as a
   * step of its own, but this answer adds no URL segment to later pages, so every older URL keeps
   * its meaning (only the step right after it, chosen, shows the segment).
   */
  readonly defaultAnswer?: string;
}

/** Old slug → current slug, per question. Keeps old URLs working after a rename. */
export type AliasTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface FlowData<Q extends string = string> {
  readonly id: string;
  /** '/veiviser/' – every step and result path starts with it. */
  readonly basePath: string;
  /** The date the rules were checked, ISO. */
  readonly rulesDate: string;
  /** Asked in this order; skipped when askIf does not hold. */
  readonly questions: readonly QuestionDef<Q>[];
  readonly aliases: AliasTable;
}

/** A flow with its rules: the outcome type O is the flow's own (the engine never looks inside it). */
export interface FlowDefinition<A extends AnswerMap, O> extends FlowData<QuestionIdOf<A>> {
  /** Called only with a complete, valid answer set. */
  readonly evaluate: (answers: A) => O;
}

// ── Engine output ──

export interface WizardPath<A extends AnswerMap = AnswerMap> {
  /** '/veiviser/statlig/fast/…/' – canonical, with trailing slash. */
  readonly path: string;
  /** For Astro's [...path] rest param: 'statlig/fast/…', undefined for the start step. */
  readonly param: string | undefined;
  readonly kind: 'step' | 'result';
  readonly answers: A;
}

export interface Progress {
  /** 1-based number of the current question (on a result: the number answered). */
  readonly index: number;
  /** Questions still to come including the current one, on the longest branch from here. */
  readonly maxRemaining: number;
  /** Answered + maxRemaining: «Spørsmål 2 av inntil 5». */
  readonly maxTotal: number;
}

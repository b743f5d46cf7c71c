// ── Flow definition: pure data plus one evaluate function (smart-answers model) ──

/** Answers keyed by question id; the value is the chosen answer slug. */
export type AnswerMap = Readonly<Partial<Record<string, string>>>;

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

export interface QuestionDef {
  readonly id: string;
  readonly text: string;
  readonly help?: string;
  readonly answers: readonly AnswerDef[];
  /** Omitted: always asked. Conditions may only name earlier questions, so the graph has no cycles. */
  readonly askIf?: AskIf;
  readonly unknownInfo?: UnknownInfo;
  /**
   * The answer assumed until the reader picks another. It adds no URL segment, so a question can
   * be added to a live flow without changing old URLs; the step after it offers the other answers.
   */
  readonly defaultAnswer?: string;
}

/** Old slug → current slug, per question. Keeps old URLs working after a rename. */
export type AliasTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface FlowData {
  readonly id: string;
  /** '/veiviser/' – every step and result path starts with it. */
  readonly basePath: string;
  /** The date the rules were checked, ISO. */
  readonly rulesDate: string;
  /** Asked in this order; skipped when askIf does not hold. */
  readonly questions: readonly QuestionDef[];
  readonly aliases: AliasTable;
}

export interface FlowDefinition extends FlowData {
  /** Called only with a complete, valid answer set. */
  readonly evaluate: (answers: AnswerMap) => Outcome;
}

// ── Outcome: what the result page shows (JSON-serialisable) ──

/** A statement resting on a source lovstatus rates «likely»: show «Må sjekkes». */
export interface MustCheck {
  /** Id in content/kilder.yaml. */
  readonly kilde: string;
  readonly what: string;
}

export interface Subsidy {
  /** «40 % av lønnskostnadene de første 6 månedene, deretter 30 %». */
  readonly rateText: string;
  /** The longest subsidy the rules give on this path; never more. Unset where NAV must say what is left. */
  readonly maxMonths?: number;
  /** Set when NAV's assessment could change the rate (nothing promised). */
  readonly note?: string;
}

export interface RouteAdvice {
  /** A route id of the site; the engine checks it against KnownIds.routes. */
  readonly routeId: string;
  readonly kind: 'route' | 'measure';
  /** Replaces the vocabulary label where it would mislead on this path. */
  readonly title?: string;
  readonly summary: string;
  /** Facts that hold on this path (limits, what the route allows). */
  readonly details: readonly string[];
  /** What must be in place for the route (e.g. NAV approves the subsidy). */
  readonly conditions: readonly string[];
  /** Risks: e.g. continuing after the limit needs an ordinary process. */
  readonly warnings: readonly string[];
  /** Ids in content/lovhenvisninger.yaml. */
  readonly legalRefs: readonly string[];
  /** Ids of shared «Dette gjelder fortsatt» texts (KnownIds.stillAppliesIds). */
  readonly stillApplies: readonly string[];
  readonly nextSteps: readonly string[];
  /** Regelverk page slug, from vocabulary route(id).page. */
  readonly page: string;
  readonly maxMonths?: number;
  readonly subsidy?: Subsidy;
  readonly mustCheck: readonly MustCheck[];
}

export interface MayFitAdvice extends RouteAdvice {
  /** What the reader must check before using the route. */
  readonly condition: string;
}

export interface NotFitAdvice {
  readonly routeId: string;
  readonly kind: 'route' | 'measure';
  readonly reason: string;
  readonly legalRefs: readonly string[];
  readonly page: string;
}

export interface UnknownAnswer {
  readonly questionId: string;
  readonly question: string;
  readonly findOut: string;
  /** For each real answer: how the result would change. */
  readonly effects: readonly {
    readonly answer: string;
    readonly label: string;
    readonly effect: string;
  }[];
}

export interface Notice {
  /** Set on a note that may collapse under this label; without it the note stays visible. */
  readonly label?: string;
  readonly text: string;
  readonly legalRefs: readonly string[];
}

/** The reason on a route's one line at the top of a result: at most ten words (checked by the schema). */
export interface ShortReason {
  readonly short: string;
}

export interface Outcome {
  readonly answers: AnswerMap;
  readonly fits: readonly (RouteAdvice & ShortReason)[];
  readonly mayFit: readonly (MayFitAdvice & ShortReason)[];
  readonly notFit: readonly (NotFitAdvice & ShortReason)[];
  readonly unknowns: readonly UnknownAnswer[];
  /** Framework notes for the whole result (e.g. statsansatteloven does not apply). */
  readonly notices: readonly Notice[];
  readonly rulesDate: string;
}

// ── Engine output ──

export interface WizardPath {
  /** '/veiviser/statlig/fast/…/' – canonical, with trailing slash. */
  readonly path: string;
  /** For Astro's [...path] rest param: 'statlig/fast/…', undefined for the start step. */
  readonly param: string | undefined;
  readonly kind: 'step' | 'result';
  readonly answers: AnswerMap;
}

export interface Progress {
  /** 1-based number of the current question (on a result: the number answered). */
  readonly index: number;
  /** Questions still to come including the current one, on the longest branch from here. */
  readonly maxRemaining: number;
  /** Answered + maxRemaining: «Spørsmål 2 av inntil 5». */
  readonly maxTotal: number;
}

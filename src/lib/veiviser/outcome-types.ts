import type { AnswerMap } from '../wizard';

// What a result of «Veiviseren» shows (JSON-serialisable). The flow's own types: the engine
// takes the outcome as a type parameter and never looks inside it; ./schema validates it.

/** A statement resting on a source lovstatus rates «likely»: show «Må sjekkes». */
export interface MustCheck {
  /** Id in content/kilder.yaml. */
  readonly kilde: string;
  readonly what: string;
  /** Shown on the result itself, not folded: it decides whether the route may be used (issue 18, item 4). */
  readonly visible?: true;
}

/** A fact the employer must know to use the route lawfully, shown visibly with its source (issue 18, item 4). */
export interface MustKnow {
  readonly text: string;
  /** Id in content/kilder.yaml. */
  readonly kilde: string;
  readonly passage?: string;
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
  /** A route id of the site; checked against KnownIds.routes (./schema). */
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
  readonly mustKnow: readonly MustKnow[];
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

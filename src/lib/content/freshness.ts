/** Content not reviewed for 12 months gets a build warning (not an error: the text may still be right). */
export const REVIEW_INTERVAL_MONTHS = 12;

export function isStale(lastReviewed: Date, today: Date): boolean {
  const limit = new Date(today);
  limit.setUTCMonth(limit.getUTCMonth() - REVIEW_INTERVAL_MONTHS);
  return lastReviewed.getTime() < limit.getTime();
}

export function staleWarnings(
  entries: { file: string; lastReviewed: Date }[],
  today: Date
): string[] {
  return entries
    .filter((e) => isStale(e.lastReviewed, today))
    .map(
      (e) =>
        `${e.file}: lastReviewed ${e.lastReviewed.toISOString().slice(0, 10)} er eldre enn ${REVIEW_INTERVAL_MONTHS} måneder – gå gjennom siden`
    );
}

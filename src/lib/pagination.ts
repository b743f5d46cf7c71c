// Splits a long list into numbered pages, so a plain list page stays small however many stories
// there are. Page 1 keeps the list's own address; page n is «<address>side/n/».

export const STORIES_PER_PAGE = 50;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1, also for an empty list). */
  count: number;
  items: T[];
  /** Position of the first item in the whole list (0-based). */
  start: number;
}

export function paginate<T>(items: readonly T[], size = STORIES_PER_PAGE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`paginate: size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    start: i * size,
  }));
}

/** The address of page n of a list whose first page is `base` (which ends with «/»). */
export const pageUrl = (base: string, n: number) => (n === 1 ? base : `${base}side/${n}/`);

/**
 * Which page numbers a pager shows: the first, the last, and the current with one on each side;
 * null where numbers are left out («…»). Seven slots at most, so it fits a phone.
 */
export function pageNumbers(current: number, count: number): (number | null)[] {
  if (count <= 7) return Array.from({ length: count }, (_, i) => i + 1);
  const near = [current - 1, current, current + 1].filter((n) => n > 1 && n < count);
  // Near either end, fill up so the pager keeps its width.
  if (current <= 3) return [1, 2, 3, 4, 5, null, count];
  if (current >= count - 2) return [1, null, count - 4, count - 3, count - 2, count - 1, count];
  return [1, null, ...near, null, count];
}

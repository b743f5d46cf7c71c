import { expect } from 'vitest';

/**
 * Runs `check` on every item that `pick` selects, and fails when it selects none: a check over
 * «every result where X» that finds no X checks nothing and must not pass (issue 10, item 3).
 * Returns how many were checked.
 */
export function eachChecked<T, U>(
  what: string,
  items: Iterable<T>,
  pick: (item: T) => U | undefined | null | false,
  check: (picked: U, item: T) => void
): number {
  let count = 0;
  for (const item of items) {
    const picked = pick(item);
    if (picked === undefined || picked === null || picked === false) continue;
    check(picked, item);
    count++;
  }
  expect(count, `nothing to check: ${what}`).toBeGreaterThan(0);
  return count;
}

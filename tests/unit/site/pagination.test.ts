import { describe, expect, it } from 'vitest';
import { pageNumbers, pageUrl, paginate, STORIES_PER_PAGE } from '../../../src/lib/pagination';

const list = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('paginate', () => {
  it('keeps a short list on one page, and an empty list still has page 1', () => {
    expect(paginate(list(19))).toEqual([{ number: 1, count: 1, items: list(19), start: 0 }]);
    expect(paginate([])).toEqual([{ number: 1, count: 1, items: [], start: 0 }]);
  });
  it('splits a long list into full pages and a last remainder, every item once and in order', () => {
    for (const n of [STORIES_PER_PAGE, STORIES_PER_PAGE + 1, 5000, 5001]) {
      const pages = paginate(list(n));
      expect(pages.length).toBe(Math.ceil(n / STORIES_PER_PAGE));
      expect(pages.flatMap((p) => p.items)).toEqual(list(n));
      for (const p of pages) {
        expect(p.count).toBe(pages.length);
        expect(p.items[0]).toBe(p.start);
        expect(p.items.length).toBe(
          p.number < p.count ? STORIES_PER_PAGE : n - (p.count - 1) * STORIES_PER_PAGE
        );
      }
    }
  });
  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(list(3), 0)).toThrow(/positive integer/);
    expect(() => paginate(list(3), 1.5)).toThrow(/positive integer/);
  });
});

describe('pageUrl', () => {
  it('keeps the list address for page 1 and adds side/n/ after it', () => {
    expect(pageUrl('/suksesshistorier/', 1)).toBe('/suksesshistorier/');
    expect(pageUrl('/suksesshistorier/', 2)).toBe('/suksesshistorier/side/2/');
    expect(pageUrl('/suksesshistorier/rute/lonnstilskudd/', 7)).toBe(
      '/suksesshistorier/rute/lonnstilskudd/side/7/'
    );
  });
});

describe('pageNumbers', () => {
  it('lists every page when there are 7 or fewer', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('for every page of every length up to 120: at most 7 slots, first, last, current and its neighbours shown, increasing', () => {
    for (let count = 1; count <= 120; count++) {
      for (let current = 1; current <= count; current++) {
        const slots = pageNumbers(current, count);
        const numbers = slots.filter((n): n is number => n !== null);
        expect(slots.length).toBeLessThanOrEqual(7);
        expect(numbers).toContain(1);
        expect(numbers).toContain(count);
        for (const n of [current - 1, current, current + 1])
          if (n >= 1 && n <= count) expect(numbers).toContain(n);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(new Set(numbers).size).toBe(numbers.length);
        // A gap is marked exactly where numbers are left out.
        slots.forEach((n, i) => {
          if (n === null)
            expect((slots[i + 1] as number) - (slots[i - 1] as number)).toBeGreaterThan(1);
          else if (i > 0 && slots[i - 1] !== null) expect(n - (slots[i - 1] as number)).toBe(1);
        });
      }
    }
  });
});

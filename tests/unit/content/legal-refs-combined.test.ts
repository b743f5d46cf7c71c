import { describe, expect, it } from 'vitest';
import { legalRefsCombined } from '../../../src/lib/content/labels';
import { laws, type Lovhenvisning } from '../../../src/schemas/lovhenvisning';

const ref = (law: Lovhenvisning['law'], paragraph: string) =>
  ({ law, paragraph }) as unknown as Lovhenvisning;

describe('legalRefsCombined', () => {
  it('groups paragraphs by law in first-seen order, once each', () => {
    const lawIds = Object.keys(laws) as Lovhenvisning['law'][];
    const [a, b] = [lawIds[0]!, lawIds[1]!];
    expect(
      legalRefsCombined(laws, [ref(a, '§ 4'), ref(b, '§ 4a'), ref(a, '§ 3'), ref(a, '§ 4')])
    ).toBe(`${laws[a]} §§ 4, 3; ${laws[b]} § 4a`);
  });

  it('keeps chapters as chapters and a mixed list as it is', () => {
    const [a] = Object.keys(laws) as Lovhenvisning['law'][];
    expect(legalRefsCombined(laws, [ref(a!, 'kap. 3'), ref(a!, 'kap. 9')])).toBe(
      `${laws[a!]} kap. 3, 9`
    );
    expect(legalRefsCombined(laws, [ref(a!, '§ 7'), ref(a!, 'kap. 9')])).toBe(
      `${laws[a!]} § 7, kap. 9`
    );
    expect(legalRefsCombined(laws, [])).toBe('');
  });
});

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The React hooks rules are on (eslint.config.js): a deliberate violation under tests/fixtures/lint/
// must be caught. `npm run lint` ignores that folder; this test lints it with the same config.
const fixture = 'tests/fixtures/lint/hooks-violation.tsx';

describe('ESLint with the project config', () => {
  it('reports a hook after an early return (rules-of-hooks) and an effect missing a dependency (exhaustive-deps)', async () => {
    const [result] = await new ESLint({ ignore: false }).lintFiles([fixture]);
    const findings = result!.messages.map((m) => `${m.line} ${m.ruleId}`);
    expect(
      result!.messages.filter((m) => m.fatal),
      'the fixture parses'
    ).toEqual([]);
    expect(findings).toContain('8 react-hooks/rules-of-hooks');
    expect(findings).toContain('9 react-hooks/rules-of-hooks');
    expect(findings).toContain('13 react-hooks/exhaustive-deps');
    // Loading the config (typescript-eslint, the Astro and hooks plugins) takes a while the first time.
  }, 60_000);

  it('finds nothing in the same component written correctly, and skips the fixture in npm run lint', async () => {
    const eslint = new ESLint();
    const correct = `import { useEffect, useState } from 'react';
export function Ticker({ step }: { step: number }) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setCount((c) => c + step), 1000);
    return () => clearInterval(timer);
  }, [step]);
  return <p>{count}</p>;
}
`;
    const [result] = await eslint.lintText(correct, { filePath: 'src/components/Ticker.tsx' });
    expect(result!.messages).toEqual([]);
    expect(await eslint.isPathIgnored(fixture)).toBe(true);
  });
});

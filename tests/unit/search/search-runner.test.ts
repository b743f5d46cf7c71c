import { describe, expect, it } from 'vitest';
import { createSearchRunner, type SearchView } from '../../../src/lib/search-runner';

/** A promise the test resolves or rejects by hand, to play the network's order. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A runner over a fake index whose answers the test releases one by one. */
function setup(step = 2) {
  const pending = new Map<string, ReturnType<typeof deferred<string[]>>>();
  const views: SearchView<string>[] = [];
  const runner = createSearchRunner<string, string, string>({
    find: (q) => {
      const d = deferred<string[]>();
      pending.set(q, d);
      return d.promise;
    },
    load: async (r) => `hit:${r}`,
    step,
    onChange: (v) => views.push(v),
  });
  return { runner, pending, views, last: () => views[views.length - 1]! };
}

describe('search runner: the race between typing and results', () => {
  it('drops a late answer for an older query: the newer query’s hits stay', async () => {
    const { runner, pending, last } = setup();
    const older = runner.run('lønn');
    const newer = runner.run('lønnstilskudd');
    pending.get('lønnstilskudd')!.resolve(['a', 'b', 'c']);
    await newer;
    expect(last()).toEqual({
      status: 'done',
      hits: ['hit:a', 'hit:b'],
      total: 3,
      query: 'lønnstilskudd',
    });
    pending.get('lønn')!.resolve(['x']); // the older answer arrives last
    await older;
    expect(last()).toEqual({
      status: 'done',
      hits: ['hit:a', 'hit:b'],
      total: 3,
      query: 'lønnstilskudd',
    });
    expect(runner.view().hits).toEqual(['hit:a', 'hit:b']);
  });

  it('shows the newer answer when the answers come in order, too', async () => {
    const { runner, pending, last } = setup();
    const older = runner.run('a');
    pending.get('a')!.resolve(['1']);
    await older;
    const newer = runner.run('b');
    // Loading «b» while «a»'s hits still show: the view says which query it is on, so a reader
    // of the page (or a test) never takes «a»'s hits for «b»'s.
    expect(last()).toMatchObject({ status: 'loading', hits: ['hit:1'], query: 'b' });
    pending.get('b')!.resolve(['2', '3']);
    await newer;
    expect(last()).toEqual({ status: 'done', hits: ['hit:2', 'hit:3'], total: 2, query: 'b' });
  });

  it('a failure of an older query does not mark the newer one failed', async () => {
    const { runner, pending, last } = setup();
    const older = runner.run('a');
    const newer = runner.run('b');
    pending.get('a')!.reject(new Error('network'));
    await older;
    expect(last().status).toBe('loading');
    pending.get('b')!.resolve(['1']);
    await newer;
    expect(last().status).toBe('done');
  });

  it('clearing (null) while a query is on the way leaves the view idle', async () => {
    const { runner, pending, last } = setup();
    const running = runner.run('a');
    await runner.run(null);
    pending.get('a')!.resolve(['1']);
    await running;
    expect(last()).toEqual({ status: 'idle', hits: [], total: 0, query: null });
  });

  it('«more» adds the next batch and returns where it starts; a new query drops a batch still on the way', async () => {
    const { runner, pending, last } = setup(2);
    const first = runner.run('a');
    pending.get('a')!.resolve(['1', '2', '3', '4', '5']);
    await first;
    expect(await runner.more()).toBe(2);
    expect(last().hits).toEqual(['hit:1', 'hit:2', 'hit:3', 'hit:4']);
    const more = runner.more();
    const next = runner.run('b');
    expect(await more).toBeNull();
    expect(last().hits).toEqual(['hit:1', 'hit:2', 'hit:3', 'hit:4']); // still «a», now loading «b»
    pending.get('b')!.resolve(['9']);
    await next;
    expect(last()).toEqual({ status: 'done', hits: ['hit:9'], total: 1, query: 'b' });
  });

  it('a failed query shows «failed», and dispose drops everything still on the way', async () => {
    const { runner, pending, last, views } = setup();
    const failing = runner.run('a');
    pending.get('a')!.reject(new Error('offline'));
    await failing;
    expect(last()).toMatchObject({ status: 'failed', query: 'a' });
    const running = runner.run('b');
    runner.dispose();
    const before = views.length;
    pending.get('b')!.resolve(['1']);
    await running;
    expect(views.length).toBe(before);
  });
});

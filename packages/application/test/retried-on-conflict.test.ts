import { concurrencyConflict } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { retriedOnConflict } from '../src/retried-on-conflict';

describe('an attempt retried on conflict', () => {
  it('gives the first result that is not a conflict, after as many tries as it took', async () => {
    let tries = 0;
    const outcome = await retriedOnConflict('child-rae', 4, async () => {
      tries += 1;
      return E.right(tries < 3 ? concurrencyConflict('child-rae', 2n, 3n) : tries);
    });
    expect(outcome).toEqual(E.right(3));
    expect(tries).toBe(3);
  });

  it('gives a failure at once, trying no more', async () => {
    let tries = 0;
    const outcome = await retriedOnConflict('child-rae', 4, async () => {
      tries += 1;
      return E.left('unreadable');
    });
    expect(outcome).toEqual(E.left('unreadable'));
    expect(tries).toBe(1);
  });

  it('reports the last conflict, on the stream it was on, once every try lost', async () => {
    let tries = 0;
    const outcome = await retriedOnConflict('child-rae', 2, async () => {
      tries += 1;
      return E.right(concurrencyConflict(`case-${tries}`, 'no_stream', 0n));
    });
    expect(tries).toBe(2);
    expect(outcome).toMatchObject(E.left({ _tag: 'ConflictPersisted', streamId: 'case-2', attempts: 2 }));
  });
});

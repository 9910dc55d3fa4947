import { InMemoryCheckpointStore } from '../src';

describe('InMemoryCheckpointStore', () => {
  it('loads nothing for a new projection, then what was saved last, until reset', async () => {
    const checkpoints = new InMemoryCheckpointStore();
    expect(await checkpoints.load('district')).toBeUndefined();
    await checkpoints.save('district', { position: 5n, state: '{"cases":1}' });
    await checkpoints.save('district', { position: 9n, state: '{"cases":2}' });
    await checkpoints.save('board', { position: 1n, state: '{}' });
    expect(await checkpoints.load('district')).toEqual({ position: 9n, state: '{"cases":2}' });
    await checkpoints.reset('district');
    expect(await checkpoints.load('district')).toBeUndefined();
    expect(await checkpoints.load('board')).toEqual({ position: 1n, state: '{}' });
  });

  it('keeps a copy, so the caller changing its snapshot afterwards changes nothing saved', async () => {
    const checkpoints = new InMemoryCheckpointStore();
    const snapshot = { position: 3n, state: 'before' };
    await checkpoints.save('district', snapshot);
    snapshot.state = 'after';
    expect(await checkpoints.load('district')).toEqual({ position: 3n, state: 'before' });
  });

  it('refuses a nameless projection, a position that is not a bigint and state that is not text', async () => {
    const checkpoints = new InMemoryCheckpointStore();
    await expect(checkpoints.load('')).rejects.toThrow('A projection name must be non-empty text, but was "".');
    await expect(checkpoints.save('district', { position: 3 as unknown as bigint, state: '' })).rejects.toThrow('must be a bigint position of at least 0n');
    await expect(checkpoints.save('district', { position: -1n, state: '' })).rejects.toThrow('must be a bigint position of at least 0n');
    await expect(checkpoints.save('district', { position: 1n, state: { cases: 1 } as unknown as string })).rejects.toThrow('must be serialised to text');
  });
});

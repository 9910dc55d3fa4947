import Database from 'better-sqlite3';
import { openSqliteEventStore } from '../src';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();

describe('projection checkpoints', () => {
  it('saves state and position together, overwrites them, resets them, and keeps them across reopening', async () => {
    const store = openSqliteEventStore({ file: temporary.file() });
    expect(await store.checkpoints.load('district')).toBeUndefined();
    await store.checkpoints.save('district', { position: 10n, state: '{"cases":1}' });
    await store.checkpoints.save('board', { position: 3n, state: '[]' });
    await store.checkpoints.save('district', { position: 25n, state: '{"cases":2}' });
    await store.dispose();

    const reopened = openSqliteEventStore({ file: temporary.file() });
    expect(await reopened.checkpoints.load('district')).toEqual({ position: 25n, state: '{"cases":2}' });
    await reopened.checkpoints.reset('district');
    expect(await reopened.checkpoints.load('district')).toBeUndefined();
    expect(await reopened.checkpoints.load('board')).toEqual({ position: 3n, state: '[]' });
    await reopened.dispose();
  });

  it('keeps positions beyond the range of JavaScript numbers exactly', async () => {
    const store = openSqliteEventStore({ file: ':memory:' });
    const huge = 2n ** 62n + 1n;
    await store.checkpoints.save('district', { position: huge, state: '' });
    expect((await store.checkpoints.load('district'))?.position).toBe(huge);
    await store.dispose();
  });

  it('holds state and position in one row, so no reader ever sees one without the other', async () => {
    const store = openSqliteEventStore({ file: temporary.file() });
    await store.checkpoints.save('district', { position: 7n, state: 'model' });
    const database = new Database(temporary.file(), { readonly: true });
    expect(database.prepare('SELECT projection, position, state FROM projection_checkpoints').all()).toEqual([
      { projection: 'district', position: 7, state: 'model' },
    ]);
    database.close();
    await store.dispose();
  });

  it('refuses a nameless projection, a position that is not a bigint and state that is not text', async () => {
    const store = openSqliteEventStore({ file: ':memory:' });
    await expect(store.checkpoints.load('')).rejects.toThrow('A projection name must be non-empty text');
    await expect(store.checkpoints.save('district', { position: 1 as unknown as bigint, state: '' })).rejects.toThrow(
      '"position" must be a bigint of at least 0n, but was 1.',
    );
    await expect(store.checkpoints.save('district', { position: 1n, state: {} as unknown as string })).rejects.toThrow(
      'The state of projection "district" must be serialised to text before saving.',
    );
    await store.dispose();
  });
});

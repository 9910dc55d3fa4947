import { existsSync, readFileSync } from 'node:fs';
import { openSqliteEventStore, openSqliteKeyStore, openSqliteReadModelStore } from '../src';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();

const bytesOf = (file: string): string => [file, `${file}-wal`].filter(existsSync).map((path) => readFileSync(path).toString('latin1')).join('');

describe('the read model file', () => {
  it('saves state and position together, overwrites, resets, and keeps them across reopening, positions exact', async () => {
    const file = temporary.file();
    const store = openSqliteReadModelStore({ file });
    expect(await store.load('district')).toBeUndefined();
    await store.save('district', { position: 10n, state: '{"cases":1}' });
    await store.save('board', { position: 2n ** 62n + 1n, state: '[]' });
    await store.save('district', { position: 25n, state: '{"cases":2}' });
    await store.dispose();
    const reopened = openSqliteReadModelStore({ file });
    expect(await reopened.load('district')).toEqual({ position: 25n, state: '{"cases":2}' });
    expect(await reopened.load('board')).toEqual({ position: 2n ** 62n + 1n, state: '[]' });
    await reopened.reset('district');
    expect(await reopened.load('district')).toBeUndefined();
    await reopened.dispose();
  });

  it('leaves no trace of an overwritten state in the file or its log, so a purged name is gone', async () => {
    const file = temporary.file();
    const store = openSqliteReadModelStore({ file });
    await store.save('district', { position: 1n, state: JSON.stringify({ name: 'Quinn Abernethy'.repeat(50) }) });
    expect(bytesOf(file)).toContain('Quinn Abernethy');
    await store.save('district', { position: 2n, state: JSON.stringify({ name: { erased: true } }) });
    expect(bytesOf(file)).not.toContain('Quinn Abernethy');
    await store.dispose();
  });

  it('refuses an event store file or a key store file, and bad arguments, naming them', async () => {
    const events = temporary.file();
    await openSqliteEventStore({ file: events }).dispose();
    expect(() => openSqliteReadModelStore({ file: events })).toThrow(/is an event store file\. Keep read models in a file of their own/);
    const keys = temporary.file('hub.keys');
    await openSqliteKeyStore({ file: keys }).dispose();
    expect(() => openSqliteReadModelStore({ file: keys })).toThrow(/is a key store file/);
    expect(() => openSqliteReadModelStore({ file: '/no/such/folder/read-models' })).toThrow(/The folder "\/no\/such\/folder" for the read model file/);
    const store = openSqliteReadModelStore({ file: temporary.file('hub.read-models') });
    await expect(store.save('', { position: 1n, state: '' })).rejects.toThrow('A read model name must be non-empty text');
    await expect(store.save('district', { position: -1n, state: '' })).rejects.toThrow('must be a bigint of 0 or more');
    await store.dispose();
    await expect(store.load('district')).rejects.toThrow(/was closed; open it again/);
  });
});

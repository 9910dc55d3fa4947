import { existsSync, readFileSync } from 'node:fs';
import { openSqliteEventStore, openSqliteKeyStore } from '@send-hub/store-sqlite';
import { StoreUnavailableError } from '@send-hub/event-store';
import { keyStoreContract } from '../../../event-store/test/personal-data/key-store-contract';
import { useTemporaryFolder } from '../support/temporary-files';

const temporary = useTemporaryFolder();

keyStoreContract('SqliteKeyStore', () => openSqliteKeyStore({ file: temporary.file('keys.sqlite') }));

/** A key whose bytes cannot turn up in a file by chance. */
const distinctive = Uint8Array.from({ length: 32 }, (_unused, index) => (index * 37 + 11) % 256);

const fileHolds = (path: string, bytes: Uint8Array): boolean => existsSync(path) && readFileSync(path).includes(Buffer.from(bytes));

describe('the SQLite key store', () => {
  it('keeps keys across reopening', async () => {
    const file = temporary.file('keys.sqlite');
    const first = openSqliteKeyStore({ file });
    await first.create('child-1', distinctive, '2025-01-01T00:00:00.000Z');
    await first.dispose();
    const second = openSqliteKeyStore({ file });
    expect(await second.get('child-1')).toEqual({ status: 'active', key: distinctive });
    await second.dispose();
  });

  it('leaves no trace of a destroyed key’s bytes in its file or log', async () => {
    const file = temporary.file('keys.sqlite');
    const store = openSqliteKeyStore({ file });
    await store.create('child-1', distinctive, '2025-01-01T00:00:00.000Z');
    expect(fileHolds(file, distinctive) || fileHolds(`${file}-wal`, distinctive)).toBe(true);
    await store.destroy('child-1', '2026-01-01T00:00:00.000Z');
    expect(fileHolds(file, distinctive)).toBe(false);
    expect(fileHolds(`${file}-wal`, distinctive)).toBe(false);
    await store.dispose();
    expect(fileHolds(file, distinctive)).toBe(false);
  });

  it('lets two connections race to create a key: both get the winner’s', async () => {
    const file = temporary.file('keys.sqlite');
    const [one, two] = [openSqliteKeyStore({ file }), openSqliteKeyStore({ file })];
    const [first, second] = await Promise.all([one.create('child-1', distinctive, '2025-01-01T00:00:00.000Z'), two.create('child-1', new Uint8Array(32), '2025-01-01T00:00:00.000Z')]);
    expect(second).toEqual(first);
    await Promise.all([one.dispose(), two.dispose()]);
  });

  it('refuses to keep keys in an event store file, or in a folder that does not exist, or once closed', async () => {
    const events = temporary.file('events.sqlite');
    await openSqliteEventStore({ file: events }).dispose();
    expect(() => openSqliteKeyStore({ file: events })).toThrow(new StoreUnavailableError(`"${events}" is an event store file. Keep personal-data keys in a file of their own, never beside the events.`));
    expect(() => openSqliteKeyStore({ file: temporary.file('missing/keys.sqlite') })).toThrow('does not exist. Create it, or check the path.');
    const store = openSqliteKeyStore({ file: temporary.file('keys.sqlite') });
    await store.dispose();
    await expect(store.get('child-1')).rejects.toThrow('was closed; open it again.');
  });
});

import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { StoreUnavailableError } from '@send-hub/event-store';
import { isRight } from 'fp-ts/Either';
import { openSqliteEventStore } from '../src';
import { openDatabase } from '../src/database/open-database';
import { SqliteEventStore } from '../src/sqlite-event-store';
import { resolveOptions } from '../src/store-options';
import { finished, lineMatching, startFixture, startFixtureWithoutPrivileges } from './support/child-process';
import { collect, newEvent, newEvents } from './support/events';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();

const createStoreFile = async (file: string): Promise<void> => {
  const store = openSqliteEventStore({ file });
  await store.append('case-a', newEvents(2), 'no_stream');
  await store.dispose();
};

describe('a file locked by another program', () => {
  it('makes appends and upgrades wait for the busy timeout, then fail saying so; the store works once the lock is gone', async () => {
    const file = temporary.file();
    const store = openSqliteEventStore({ file, busyTimeoutMs: 150 });
    const holder = startFixture('hold-write-lock.ts', [file]);
    const holderDone = finished(holder);
    await lineMatching(holder, (line) => line === 'locked');

    const attempt = store.append('case-a', newEvents(2), 'any');
    await expect(attempt).rejects.toThrow(StoreUnavailableError);
    await expect(attempt).rejects.toThrow(`The event store file "${file}" is locked by another program that is writing to it; we waited 150 ms.`);
    await expect(store.checkpoints.save('district', { position: 1n, state: '{}' })).rejects.toThrow('is locked by another program');
    // Reading does not need the write lock.
    expect(await store.readStream('case-a')).toEqual([]);

    holder.stdin.end();
    expect((await holderDone).code).toBe(0);
    expect(isRight(await store.append('case-a', newEvents(2), 'any'))).toBe(true);
    await store.dispose();
  });

  it('makes opening a file that needs its schema created wait, then fail the same way', async () => {
    const file = temporary.file('new.sqlite');
    const holder = startFixture('hold-write-lock.ts', [file]);
    const holderDone = finished(holder);
    await lineMatching(holder, (line) => line === 'locked');
    expect(() => openSqliteEventStore({ file, busyTimeoutMs: 100 })).toThrow('is locked by another program');
    holder.stdin.end();
    await holderDone;
  });
});

describe('a read-only file or folder', () => {
  it('opened with readOnly: true can be read, but not written', async () => {
    await createStoreFile(temporary.file());
    const store = openSqliteEventStore({ file: temporary.file(), readOnly: true });
    expect(await collect(store.readAll())).toHaveLength(2);
    await expect(store.append('case-a', [newEvent()], 'any')).rejects.toThrow(
      `The event store file "${temporary.file()}" is read-only, so nothing can be written to it.`,
    );
    await expect(store.checkpoints.save('district', { position: 1n, state: '{}' })).rejects.toThrow(StoreUnavailableError);
    await store.dispose();
  });

  // The attempt is made by a child process that file permissions bind even when tests run as root.
  const tryAppendAsUnprivilegedUser = async (file: string): Promise<{ appended: boolean; name?: string; message?: string }> => {
    const child = startFixtureWithoutPrivileges('try-append.ts', [file]);
    const { stdout, stderr } = await finished(child);
    if (stdout.trim() === '') throw new Error(`The child process printed nothing. Its errors: ${stderr}`);
    return JSON.parse(stdout) as { appended: boolean; name?: string; message?: string };
  };

  it('a copy whose permissions are 0444 is refused as read-only', async () => {
    await createStoreFile(temporary.file());
    chmodSync(temporary.folder(), 0o777);
    const copy = temporary.file('read-only-copy.sqlite');
    copyFileSync(temporary.file(), copy);
    chmodSync(copy, 0o444);
    expect(await tryAppendAsUnprivilegedUser(copy)).toEqual({
      appended: false,
      name: 'StoreUnavailableError',
      message: expect.stringContaining(`The event store file "${copy}" is read-only`),
    });
  });

  it('a file in a folder whose permissions are 0555 is refused, naming the folder', async () => {
    chmodSync(temporary.folder(), 0o755);
    const folder = join(temporary.folder(), 'locked-folder');
    mkdirSync(folder);
    const file = join(folder, 'events.sqlite');
    await createStoreFile(file);
    chmodSync(file, 0o666);
    chmodSync(folder, 0o555);
    expect(await tryAppendAsUnprivilegedUser(file)).toEqual({
      appended: false,
      name: 'StoreUnavailableError',
      message: expect.stringContaining(`The event store file "${file}" is in a read-only folder`),
    });
    chmodSync(folder, 0o755);
  });

  it('a missing folder is named', () => {
    const file = join(temporary.folder(), 'no-such-folder', 'events.sqlite');
    expect(() => openSqliteEventStore({ file })).toThrow(`The folder "${join(temporary.folder(), 'no-such-folder')}" for the event store file`);
  });
});

describe('a full disk', () => {
  it('fails the append with a clear message, keeps everything written before, and writes none of the batch', async () => {
    const options = resolveOptions({ file: temporary.file() });
    const database = openDatabase(options);
    const store = new SqliteEventStore(database, options);
    await store.append('case-a', newEvents(3), 'no_stream');
    // The file may grow by only a few pages: SQLite reports SQLITE_FULL, as on a full disk.
    const pages = Number(database.pragma('page_count', { simple: true }));
    database.pragma(`max_page_count = ${pages + 2}`);
    const large = Array.from({ length: 20 }, () => newEvent({ padding: 'x'.repeat(4_000) }));

    const attempt = store.append('case-a', large, 2n);
    await expect(attempt).rejects.toThrow(StoreUnavailableError);
    await expect(attempt).rejects.toThrow(`The disk holding the event store file "${temporary.file()}" is full`);
    expect((await store.readStream('case-a')).map((event) => event.data)).toEqual([{ index: 0 }, { index: 1 }, { index: 2 }]);
    expect(isRight(await store.append('case-a', newEvents(1), 2n))).toBe(true);
    await store.dispose();
  });
});

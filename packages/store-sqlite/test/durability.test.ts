import { openDatabase } from '../src/database/open-database';
import { resolveOptions } from '../src/store-options';
import { useTemporaryFolder } from './support/temporary-files';

const temporary = useTemporaryFolder();

/** SQLite's numbers for `PRAGMA synchronous`. */
const synchronousLevel = { normal: 1n, full: 2n };

describe('durability and journal settings', () => {
  it.each([
    ['full by default', {}, synchronousLevel.full],
    ['full when asked', { durability: 'full' as const }, synchronousLevel.full],
    ['normal when asked', { durability: 'normal' as const }, synchronousLevel.normal],
  ])('uses write-ahead logging and syncs %s', (_, options, level) => {
    const database = openDatabase(resolveOptions({ file: temporary.file(), ...options }));
    expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.pragma('synchronous', { simple: true })).toBe(level);
    database.close();
  });

  it('waits for other writers for the busy timeout given, 5 seconds by default', () => {
    const byDefault = openDatabase(resolveOptions({ file: temporary.file() }));
    expect(byDefault.pragma('busy_timeout', { simple: true })).toBe(5_000n);
    byDefault.close();
    const given = openDatabase(resolveOptions({ file: temporary.file(), busyTimeoutMs: 250 }));
    expect(given.pragma('busy_timeout', { simple: true })).toBe(250n);
    given.close();
  });

  it('refuses nonsense options, naming them', () => {
    expect(() => resolveOptions({ file: '' })).toThrow('"file" must name a file');
    expect(() => resolveOptions({ file: 'x', durability: 'sometimes' as 'full' })).toThrow('"durability" must be "full" or "normal"');
    expect(() => resolveOptions({ file: 'x', busyTimeoutMs: -1 })).toThrow('"busyTimeoutMs" must be a whole number of at least 0');
    expect(() => resolveOptions({ file: 'x', pollIntervalMs: 0 })).toThrow('"pollIntervalMs" must be a whole number of at least 1');
    expect(() => resolveOptions({ file: 'x', pageSize: 2.5 })).toThrow('"pageSize" must be a whole number of at least 1');
  });
});

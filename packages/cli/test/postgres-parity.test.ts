import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithServer, dropSchemas, freshSchemaName, testConnectionString } from '../../store-postgresql/test/support/server';
import { runIn, type CliRun } from './support/run-in-process';

/**
 * What a run prints, without what differs from run to run on any store: the figures that
 * depend on the machine (seconds, events a second), and the access log's running hash
 * (each entry has an id and time of its own; its count is compared).
 */
const withoutTimings = (run: CliRun): string =>
  run.stdout
    .replace(/in [\d.,]+ seconds \([\d.,]+ (events )?a second\)/g, 'in some seconds')
    .replace(/("accessLog": \{\s+"entries": \d+,\s+"headHash": )"[0-9a-f]{64}"/, '$1"(differs per run)"');

// The same seed through the same commands, into an SQLite file and into a PostgreSQL schema: the same answers.
describeWithServer('send-hub on PostgreSQL gives the answers it gives on SQLite', () => {
  const schema = freshSchemaName('cli');
  const postgres = ['--postgres', testConnectionString, '--postgres-schema', schema];
  const small = ['--districts', 'tamworth,lichfield', '--half-terms', '3', '--referrals', '4', '--seed', 'parity of the stores', '--quiet'];
  let folder: string;

  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-cli-postgres-'))));
  const copy = freshSchemaName('cli_copy');
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    const schemas = [schema, copy];
    await dropSchemas(...schemas, ...schemas.flatMap((name) => [`${name}_keys`, `${name}_read_models`, `${name}_access_log`]));
  });

  const both = async (args: ReadonlyArray<string>): Promise<{ sqlite: CliRun; postgres: CliRun }> => ({
    sqlite: await runIn(folder, args),
    postgres: await runIn(folder, [...args, ...postgres]),
  });

  it('simulates the same history, and refuses to simulate into a schema that already holds one', async () => {
    const { sqlite, postgres: onServer } = await both(['simulate', ...small]);
    expect(sqlite.code).toBe(0);
    expect(onServer).toMatchObject({ code: 0, stderr: '' });
    expect(withoutTimings(onServer)).toEqual(withoutTimings(sqlite));
    const again = await runIn(folder, ['simulate', ...small, ...postgres]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('The PostgreSQL schema already holds events.');
  });

  it.each([
    ['verify at first', ['verify', '--json']],
    ['agenda', ['agenda', '--district', 'tamworth', '--json']],
    ['agenda of a meeting', ['agenda', '--district', 'lichfield', '--meeting', '2025/26:2']],
    ['board', ['board', '--json']],
    ['board of a district', ['board', '--district', 'lichfield', '--no-suppress']],
    ['verify', ['verify', '--json']],
    ['rebuild', ['rebuild', '--quiet']],
    ['agenda after the rebuild', ['agenda', '--district', 'tamworth']],
  ])('gives the same %s', async (_, args) => {
    const { sqlite, postgres: onServer } = await both(args);
    expect(onServer.stderr).toBe(sqlite.stderr);
    expect(onServer.code).toBe(sqlite.code);
    expect(withoutTimings(onServer)).toEqual(withoutTimings(sqlite));
    expect(onServer.stdout.length).toBeGreaterThan(0);
  });

  it('exports from the server what it exports from the file, and an export imports into either store and verifies there', async () => {
    const { sqlite, postgres: onServer } = await both(['export', '--out', 'history.ndjson']);
    expect([sqlite.code, onServer.code]).toEqual([0, 0]);
    await runIn(folder, ['export', '--out', 'from-file.ndjson']);
    await runIn(folder, ['export', '--out', 'from-server.ndjson', ...postgres]);
    const lines = (name: string): string[] => readFileSync(join(folder, name), 'utf8').trim().split('\n').map((line) => line.replace(/"seal":\{[^}]*\}/, '"seal":"(the hub\'s own key)"'));
    expect(lines('from-server.ndjson')).toEqual(lines('from-file.ndjson'));
    // Import checks the whole hash chain of the file against the stored bytes it came from.
    // 166 events in 64 streams: 26 referrals, each started on its child's own stream (decision 40); each district's Locality Management Group meets every half term (6 streams of its own), and views are heard as events of their own.
    expect(lines('from-file.ndjson')).toHaveLength(166);
    const intoServer = await runIn(folder, ['import', 'from-file.ndjson', '--postgres', testConnectionString, '--postgres-schema', copy]);
    expect(intoServer.stderr).toBe('');
    expect(intoServer.stdout).toMatch(/^Imported 166 events in 64 streams; the hash chain verified/);
    const intoFile = await runIn(folder, ['import', 'from-server.ndjson', '--file', 'copy.sqlite']);
    expect(intoFile.stdout).toMatch(/^Imported 166 events in 64 streams; the hash chain verified/);
    // What the server keeps of the import exports again byte for byte: the stored text is what was written.
    await runIn(folder, ['export', '--out', 'from-copy.ndjson', '--postgres', testConnectionString, '--postgres-schema', copy]);
    expect(readFileSync(join(folder, 'from-copy.ndjson'), 'utf8')).toEqual(readFileSync(join(folder, 'from-file.ndjson'), 'utf8'));
  });
});

// Compares the store with the simplest code that could do the same work on the same file
// layout: a raw insert loop for imports, a raw SELECT + JSON.parse loop for reading.
// Run: node --require ./packages/store-sqlite/../../scripts/register-typescript.js \
//        packages/store-sqlite/bench/store-against-raw-sqlite.ts [events] [folder]
// Each side is timed over several rounds and the best kept: on a shared machine the
// slower rounds measure the neighbours. Give a tmpfs folder (/dev/shm) to measure our
// code rather than the disk's fsync, which dominates with synchronous = FULL.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent } from '@send-hub/event-store';
import { openSqliteEventStore } from '../src';
import { migrate } from '../src/schema/migrate';
import { migrations } from '../src/schema/migrations';

const total = Number(process.argv[2] ?? 200_000);
const batchSize = 100;
const rounds = 5;
const folder = mkdtempSync(join(process.argv[3] ?? tmpdir(), 'store-sqlite-bench-'));

const event = (index: number): NewEvent => ({
  eventId: `00000000-0000-4000-8000-${index.toString().padStart(12, '0')}`,
  type: 'ActionsAgreed',
  schemaVersion: 1,
  data: { caseId: `case-${index % 5_000}`, meeting: { district: 'Tamworth', year: '2025/26', halfTerm: 3 }, actions: [{ owner: 'school', text: 'Daily check-in with a named adult' }] },
  metadata: { recordedAt: '2025-11-03T10:15:00.000Z', actor: { id: 'epdo-7', role: 'coordinator', agency: 'education' }, correlationId: `c-${index}`, causationId: `c-${index}` },
});
const batches: NewEvent[][] = Array.from({ length: total / batchSize }, (_, batch) =>
  Array.from({ length: batchSize }, (_, offset) => event(batch * batchSize + offset)),
);

const seconds = async (work: () => Promise<void> | void): Promise<number> => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
};

const rawImport = (file: string): void => {
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  migrate(database, migrations, file);
  const insert = database.prepare(
    'INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const write = database.transaction((streamId: string, events: NewEvent[]) => {
    events.forEach((e, revision) => insert.run(streamId, revision, e.eventId, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata)));
  });
  batches.forEach((events, index) => write(`case-${index}`, events));
  database.close();
};

const rawRead = (file: string): number => {
  const database = new Database(file, { readonly: true });
  let count = 0;
  const select = database.prepare('SELECT position, stream_id, revision, event_id, type, schema_version, data, metadata FROM events ORDER BY position');
  // Rows as arrays, the cheapest shape better-sqlite3 offers: the strictest baseline.
  for (const row of select.raw().iterate() as IterableIterator<[number, string, number, string, string, number, string, string]>) {
    JSON.parse(row[6]);
    JSON.parse(row[7]);
    count += 1;
  }
  database.close();
  return count;
};

/** Seconds each side took. */
interface Timing {
  readonly rawImport: number;
  readonly storeImport: number;
  readonly rawRead: number;
  readonly storeRead: number;
}

const round = async (name: string): Promise<Timing> => {
  const rawFile = join(folder, `raw-${name}.sqlite`);
  const storeFile = join(folder, `store-${name}.sqlite`);
  const rawImportSeconds = await seconds(() => rawImport(rawFile));
  const store = openSqliteEventStore({ file: storeFile });
  const storeImportSeconds = await seconds(async () => {
    for (const [index, events] of batches.entries()) await store.append(`case-${index}`, events, 'no_stream');
  });
  let readRaw = 0;
  const rawReadSeconds = await seconds(() => {
    readRaw = rawRead(rawFile);
  });
  let readByStore = 0;
  const storeReadSeconds = await seconds(async () => {
    for await (const _ of store.readAll()) readByStore += 1;
  });
  await store.dispose();
  rmSync(rawFile);
  rmSync(storeFile);
  if (readRaw !== total || readByStore !== total) throw new Error(`Read ${readRaw} raw and ${readByStore} through the store.`);
  return { rawImport: rawImportSeconds, storeImport: storeImportSeconds, rawRead: rawReadSeconds, storeRead: storeReadSeconds };
};

const main = async (): Promise<void> => {
  const timings: Timing[] = [];
  for (let index = 0; index < rounds; index += 1) timings.push(await round(`round-${index}`));
  const best = (key: keyof Timing): number => Math.min(...timings.map((timing) => timing[key]));
  const rate = (time: number): string => `${Math.round(total / time).toLocaleString('en-GB')} events a second`;
  const compare = (raw: number, store: number): string =>
    `raw ${rate(raw)}, store ${rate(store)}: the store runs at ${Math.round((100 * raw) / store)}% of raw speed`;
  console.log(`${total.toLocaleString('en-GB')} events in batches of ${batchSize}, synchronous = FULL, best of ${rounds} rounds, in ${folder}`);
  console.log(`import: ${compare(best('rawImport'), best('storeImport'))}`);
  console.log(`read:   ${compare(best('rawRead'), best('storeRead'))}`);
  rmSync(folder, { recursive: true, force: true });
};

void main();

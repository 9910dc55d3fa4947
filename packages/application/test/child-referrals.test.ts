import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryAccessLog } from '@send-hub/access';
import { childStreamId } from '@send-hub/core';
import { InMemoryCheckpointStore, InMemoryEventStore, InMemoryKeyStore, type EventStore } from '@send-hub/event-store';
import { openPostgresEventStore } from '@send-hub/store-postgresql';
import { connectEventStoreDb } from '@send-hub/store-eventstoredb';
import { openSqliteEventStore } from '@send-hub/store-sqlite';
import { either as E } from 'fp-ts';
import { createHub, type Hub } from '../src';
import { startProtocolServer } from '../../store-eventstoredb/test/support/protocol-server/protocol-server';
import { dropSchemas, freshSchemaName, serverReachable, testConnectionString } from '../../store-postgresql/test/support/server';
import { outcomeCode as codeOf, tamworthReferral } from './support/referral';

/*
 * The child's consistency boundary (decision 40): two referrals of one child made at the
 * same moment, with different case ids: exactly one lands, the other is refused as a value.
 * A gate beneath the hub holds every read of the child's stream until both referrals have
 * read it, so both decide on the same history and race to write: the worst interleaving,
 * made certain rather than left to the scheduler.
 */

const officer = { actor: { id: 'officer-4', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] } } as const;
const dataProtectionOfficer = { actor: { id: 'dpo-1', role: 'data-protection-officer', agency: 'other', districts: [] } } as const;
const firstCase = '51000000-0000-4000-8000-000000000001';
const secondCase = '51000000-0000-4000-8000-000000000002';
const thirdCase = '51000000-0000-4000-8000-000000000003';
const refer = (caseId: string, childReference: string, occurredOn = '2025-11-03') => tamworthReferral(caseId, childReference, occurredOn);

/** Holds readers, while armed, until `parties` of them have arrived; then lets them all through together. */
const createGate = () => {
  let waiting: Array<() => void> = [];
  let parties = 0;
  return {
    arm: (count: number) => (parties = count),
    pass: async (): Promise<void> => {
      if (parties === 0) return;
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length >= parties) {
          for (const release of waiting) release();
          waiting = [];
          parties = 0;
        }
      });
    },
  };
};
type Gate = ReturnType<typeof createGate>;

/** A store whose reads of a child's stream pass the gate first. */
const gatedStore = (store: EventStore, gate: Gate): EventStore => ({
  readStream: async (streamId, options) => {
    if (streamId.startsWith('child-')) await gate.pass();
    return store.readStream(streamId, options);
  },
  append: (streamId, events, expected) => store.append(streamId, events, expected),
  readAll: (options) => store.readAll(options),
  subscribeToAll: (options) => store.subscribeToAll(options),
  headPosition: () => store.headPosition(),
  dispose: () => store.dispose(),
});

interface Opened {
  readonly store: EventStore;
  readonly release: () => Promise<void>;
}

const hubOver = (opened: Opened, gate: Gate = createGate()) => {
  const hub = createHub({
    store: gatedStore(opened.store, gate),
    keyStore: new InMemoryKeyStore(),
    checkpoints: new InMemoryCheckpointStore(),
    accessLog: new InMemoryAccessLog(),
    release: opened.release,
  });
  return { hub, arm: gate.arm };
};

const verifiedClean = async (hub: Hub): Promise<void> => {
  const report = await hub.verify(dataProtectionOfficer);
  if (E.isLeft(report)) throw new Error(report.left.message);
  expect(report.right.problems).toEqual([]);
};

const raceSuite = (name: string, open: () => Promise<Opened>) => {
  describe(`two referrals of one child at once, on ${name}`, () => {
    it('lands exactly one; the other is refused as a value, and its case holds no referral', async () => {
      const { hub, arm } = hubOver(await open());
      try {
        arm(2);
        const results = await Promise.all([hub.recordCase(refer(firstCase, 'child-sam'), officer), hub.recordCase(refer(secondCase, 'child-sam'), officer)]);
        const codes = results.map(codeOf);
        expect(codes.filter((code) => code === 'recorded')).toHaveLength(1);
        expect(codes.filter((code) => code === 'child-has-open-case' || code === 'referral-overtaken')).toHaveLength(1);
        const landed = results.findIndex(E.isRight) === 0 ? firstCase : secondCase;
        const refused = landed === firstCase ? secondCase : firstCase;
        // The referral that lands is the last one started on the child's stream; one started before it was overtaken on its way.
        const started = (await hub.stores.raw.readStream(childStreamId('child-sam'))).map((event) => (event.data as { readonly caseId: string }).caseId);
        expect(started.at(-1)).toBe(landed);
        expect((await hub.stores.raw.readStream(`case-${refused}`)).map((event) => event.type)).toEqual(started.includes(refused) ? ['ReferralOvertaken'] : []);
        await verifiedClean(hub);
      } finally {
        await hub.dispose();
      }
    }, 60_000);

    it('lands exactly one of six made at once, without the gate', async () => {
      const { hub } = hubOver(await open());
      try {
        const caseIds = Array.from({ length: 6 }, (_, index) => `52000000-0000-4000-8000-00000000000${index}`);
        const results = await Promise.all(caseIds.map((caseId) => hub.recordCase(refer(caseId, 'child-ava'), officer)));
        const codes = results.map(codeOf);
        expect(codes.filter((code) => code === 'recorded')).toHaveLength(1);
        expect(codes.every((code) => ['recorded', 'child-has-open-case', 'referral-overtaken', 'conflict-persisted'].includes(code))).toBe(true);
        await verifiedClean(hub);
      } finally {
        await hub.dispose();
      }
    }, 60_000);
  });
};

raceSuite('the in-memory store', () => {
  const store = new InMemoryEventStore();
  return Promise.resolve({ store, release: () => store.dispose() });
});

describe('on SQLite', () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-child-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  let files = 0;
  raceSuite('the SQLite store', () => {
    const store = openSqliteEventStore({ file: join(folder, `hub-${(files += 1)}.sqlite`) });
    return Promise.resolve({ store, release: () => store.dispose() });
  });
});

raceSuite('EventStoreDB through the real client (the protocol test server)', async () => {
  const server = await startProtocolServer();
  const store = connectEventStoreDb(server.connectionString);
  return { store, release: async () => (await store.dispose(), await server.stop()) };
});

describe('on two connections to one SQLite file, as two processes would have', () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-child-two-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('lands exactly one of two referrals made through two hubs at once', async () => {
    const file = join(folder, 'hub.sqlite');
    const gate = createGate();
    const hubs = [0, 1].map(() => {
      const store = openSqliteEventStore({ file });
      return hubOver({ store, release: () => store.dispose() }, gate).hub;
    });
    const [one, other] = hubs as [Hub, Hub];
    try {
      gate.arm(2);
      const results = await Promise.all([one.recordCase(refer(firstCase, 'child-noor'), officer), other.recordCase(refer(secondCase, 'child-noor'), officer)]);
      expect(results.map(codeOf).filter((code) => code === 'recorded')).toHaveLength(1);
      expect(results.map(codeOf).filter((code) => code === 'child-has-open-case' || code === 'referral-overtaken')).toHaveLength(1);
      await verifiedClean(one);
    } finally {
      await Promise.all(hubs.map((hub) => hub.dispose()));
    }
  }, 60_000);
});

describe('on PostgreSQL', () => {
  const schemas: string[] = [];
  afterAll(async () => {
    if (serverReachable && schemas.length > 0) await dropSchemas(...schemas);
  });
  if (!serverReachable) {
    it.todo('races two referrals on PostgreSQL (no server at 127.0.0.1:5432 here)');
    return;
  }
  raceSuite('the PostgreSQL store', async () => {
    const schema = freshSchemaName('child');
    schemas.push(schema);
    const store = await openPostgresEventStore({ connectionString: testConnectionString, schema });
    return { store, release: () => store.dispose() };
  });
});

/** What a writer that died between its two writes leaves: the referral of the first case started on the child's stream, and nothing in the case. */
const startedThenStopped = async (hub: Hub, childReference: string, eventId: string): Promise<void> => {
  const metadata = { recordedAt: '2025-11-03T10:00:00.000Z', actor: officer.actor, correlationId: 'stopped', causationId: 'stopped' };
  const data = { type: 'ReferralStarted', childReference, caseId: firstCase, occurredOn: '2025-11-03' };
  const started = await hub.stores.chained.append(childStreamId(childReference), [{ eventId, type: 'ReferralStarted', schemaVersion: 1, data, metadata }], 'no_stream');
  expect(E.isRight(started)).toBe(true);
};

describe('a child’s boundary over time', () => {
  it('refuses a second referral while the case is open, naming it; frees the child once the case is closed', async () => {
    const { hub } = hubOver({ store: new InMemoryEventStore(), release: () => Promise.resolve() });
    try {
      expect(codeOf(await hub.recordCase(refer(firstCase, 'child-lee'), officer))).toBe('recorded');
      const again = await hub.recordCase(refer(secondCase, 'child-lee', '2025-12-01'), officer);
      expect(again).toEqual(
        E.left(
          expect.objectContaining({
            rejection: expect.objectContaining({
              code: 'child-has-open-case',
              message: expect.stringContaining(`case ${firstCase}, referred on 3 November 2025 to the Tamworth hub`) as unknown,
            }) as unknown,
          }),
        ),
      );
      expect(await hub.stores.raw.readStream(`case-${secondCase}`)).toEqual([]);
      expect(codeOf(await hub.recordCase({ type: 'Close', caseId: firstCase, occurredOn: '2025-12-02', reason: 'left-the-area' }, officer))).toBe('recorded');
      expect(codeOf(await hub.recordCase(refer(secondCase, 'child-lee', '2026-01-12'), officer))).toBe('recorded');
      await verifiedClean(hub);
    } finally {
      await hub.dispose();
    }
  });

  it('is not blocked for ever by a referral whose writer stopped after starting it, and that referral can never land', async () => {
    const store = new InMemoryEventStore();
    const { hub } = hubOver({ store, release: () => Promise.resolve() });
    try {
      // A referral started on the child's stream whose writer died before writing its case.
      await startedThenStopped(hub, 'child-kai', '0193f000-0000-7000-8000-000000000001');
      expect(codeOf(await hub.recordCase(refer(secondCase, 'child-kai', '2025-11-04'), officer))).toBe('recorded');
      expect((await store.readStream(`case-${firstCase}`)).map((event) => event.type)).toEqual(['ReferralOvertaken']);
      // The stopped writer, trying again, is refused: the child's case is the one that went ahead.
      expect(codeOf(await hub.recordCase(refer(firstCase, 'child-kai'), officer))).toBe('referral-overtaken');
      expect(codeOf(await hub.recordCase(refer(thirdCase, 'child-kai', '2025-11-05'), officer))).toBe('child-has-open-case');
      await verifiedClean(hub);
    } finally {
      await hub.dispose();
    }
  });

  it('lets a stopped referral be tried again with the same case id', async () => {
    const store = new InMemoryEventStore();
    const { hub } = hubOver({ store, release: () => Promise.resolve() });
    try {
      await startedThenStopped(hub, 'child-mo', '0193f000-0000-7000-8000-000000000002');
      expect(codeOf(await hub.recordCase(refer(firstCase, 'child-mo'), officer))).toBe('recorded');
      expect((await store.readStream(childStreamId('child-mo'))).length).toBe(1);
      await verifiedClean(hub);
    } finally {
      await hub.dispose();
    }
  });
});

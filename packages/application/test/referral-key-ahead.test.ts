import { InMemoryAccessLog } from '@send-hub/access';
import { caseStreamId, childStreamId } from '@send-hub/core';
import { InMemoryCheckpointStore, InMemoryEventStore, InMemoryKeyStore, type EventStore, type KeyLookup, type KeyStore } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { createHub } from '../src';
import { outcomeCode as codeOf, tamworthReferral } from './support/referral';

/*
 * A referral's key is made while the child's boundary reads and writes the child's stream
 * (`prepareKey`), so on a server its commit waits beside those writes, not after them; the
 * referral's own events, which the key encrypts, are appended only once it is made.
 */

const officer = { actor: { id: 'officer-4', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] } } as const;
const dataProtectionOfficer = { actor: { id: 'dpo-1', role: 'data-protection-officer', agency: 'other', districts: [] } } as const;
const firstCase = '52000000-0000-4000-8000-000000000001';
const secondCase = '52000000-0000-4000-8000-000000000002';
const refer = (caseId: string, childReference: string, occurredOn = '2025-11-03') => tamworthReferral(caseId, childReference, occurredOn);

/** A key store whose creations wait until released, noting when each starts and ends. */
class HeldKeyStore extends InMemoryKeyStore {
  readonly noted: string[] = [];
  private release: () => void = () => undefined;
  private readonly released = new Promise<void>((resolve) => (this.release = resolve));
  failWith: Error | undefined;

  override async create(keyId: string, key: Uint8Array, createdAt: string): Promise<KeyLookup> {
    this.noted.push(`key ${keyId} asked for`);
    await this.released;
    if (this.failWith !== undefined) throw this.failWith;
    const made = await super.create(keyId, key, createdAt);
    this.noted.push(`key ${keyId} made`);
    return made;
  }

  letKeysBeMade(): void {
    this.release();
  }
}

/** A store that notes each append as it lands. */
const notingStore = (store: EventStore, noted: string[]): EventStore => ({
  readStream: (streamId, options) => store.readStream(streamId, options),
  append: async (streamId, events, expected) => {
    const appended = await store.append(streamId, events, expected);
    noted.push(`appended to ${streamId.split('-')[0]}`);
    return appended;
  },
  readAll: (options) => store.readAll(options),
  subscribeToAll: (options) => store.subscribeToAll(options),
  headPosition: () => store.headPosition(),
  dispose: () => store.dispose(),
});

/** A key store that makes keys when asked, or fails with `failWith`. */
const readyKeyStore = (failWith?: Error): HeldKeyStore => {
  const keyStore = new HeldKeyStore();
  keyStore.failWith = failWith;
  keyStore.letKeysBeMade();
  return keyStore;
};

const hubOver = (store: EventStore, keyStore: KeyStore) => createHub({ store, keyStore, checkpoints: new InMemoryCheckpointStore(), accessLog: new InMemoryAccessLog() });

const openHub = (keyStore: KeyStore, noted: string[]) => {
  const raw = new InMemoryEventStore();
  return { hub: hubOver(notingStore(raw, noted), keyStore), raw };
};

/** A hub whose log holds Sam's first referral, its key made. */
const samReferredOnce = async () => {
  const opened = openHub(readyKeyStore(), []);
  expect(codeOf(await opened.hub.recordCase(refer(firstCase, 'child-sam'), officer))).toBe('recorded');
  return opened;
};

/** Lets the event loop run until `done` holds, failing after many turns. */
const turnsUntil = async (done: () => Promise<boolean>): Promise<void> => {
  for (let turn = 0; turn < 1_000; turn += 1) {
    if (await done()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('It never happened.');
};

describe("a referral's key, made ahead of its events", () => {
  it("is asked for before the child's stream is written, and the referral waits for it before its own events", async () => {
    const keyStore = new HeldKeyStore();
    const { hub, raw } = openHub(keyStore, keyStore.noted);
    const recorded = hub.recordCase(refer(firstCase, 'child-sam'), officer);
    await turnsUntil(async () => (await raw.readStream(childStreamId('child-sam'))).length === 1);
    // The child's start is stored while the key is still being made, and the case has nothing yet.
    expect(keyStore.noted).toEqual(['key child-sam asked for', 'appended to child']);
    expect(await raw.readStream(caseStreamId(firstCase))).toEqual([]);
    keyStore.letKeysBeMade();
    expect(E.isRight(await recorded)).toBe(true);
    expect(keyStore.noted).toEqual(['key child-sam asked for', 'appended to child', 'key child-sam made', 'appended to case']);
    expect((await keyStore.list()).map(({ keyId, status }) => [keyId, status])).toEqual([['child-sam', 'active']]);
    await hub.dispose();
  });

  it('makes none for a child whose erasure the log records, even when the key store has lost the key, and the referral is refused with nothing written', async () => {
    const { hub, raw } = await samReferredOnce();
    expect(codeOf(await hub.recordCase({ type: 'Close', caseId: firstCase, occurredOn: '2025-11-20', reason: 'left-the-area' }, officer))).toBe('recorded');
    expect(codeOf(await hub.forget('child-sam', { erasedBy: 'Data protection officer', reason: 'The family asked.', occurredOn: '2025-12-01' }, dataProtectionOfficer))).toBe('recorded');
    // The same log with a key store that holds nothing of the child (a key file restored from before the referral): only the log says the child was erased.
    const restored = readyKeyStore();
    const again = hubOver(raw, restored);
    expect(codeOf(await again.recordCase(refer(secondCase, 'child-sam', '2026-01-12'), officer))).toBe('reference-erased');
    expect(restored.noted).toEqual([]);
    expect(await restored.list()).toEqual([]);
    expect(await raw.readStream(caseStreamId(secondCase))).toEqual([]);
    await again.dispose();
  });

  it("fails the referral when the key cannot be made, writing none of the referral's own events", async () => {
    const keyStore = readyKeyStore(new Error('The key store is out of reach.'));
    const { hub, raw } = openHub(keyStore, []);
    await expect(hub.recordCase(refer(firstCase, 'child-sam'), officer)).rejects.toThrow('The key store is out of reach.');
    expect(await raw.readStream(caseStreamId(firstCase))).toEqual([]);
    // The child's start stands alone, as after a writer that stopped: the next referral of the child overtakes it (decision 40).
    keyStore.failWith = undefined;
    expect(E.isRight(await hub.recordCase(refer(secondCase, 'child-sam'), officer))).toBe(true);
    await hub.dispose();
  });

  it('answers a referral the boundary refuses with its refusal, even when the key it asked for cannot be made', async () => {
    const { hub, raw } = await samReferredOnce();
    // The same log with a key store that holds nothing of the child and cannot make a key: the boundary asks for one, and refuses the referral.
    const failing = readyKeyStore(new Error('The key store is out of reach.'));
    const again = hubOver(raw, failing);
    const refused = await again.recordCase(refer(secondCase, 'child-sam', '2025-11-10'), officer);
    expect(codeOf(refused)).toBe('child-has-open-case');
    expect(E.isLeft(refused) && refused.left.message).toContain(firstCase);
    expect(failing.noted).toEqual(['key child-sam asked for']);
    expect(await raw.readStream(caseStreamId(secondCase))).toEqual([]);
    await again.dispose();
    await hub.dispose();
  });
});

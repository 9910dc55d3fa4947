import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MeetingReference } from '@send-hub/core';
import { agendaFor, caseIdsOnAgenda, nameShownFor } from '@send-hub/projection-district';
import { boardFigures } from '@send-hub/projection-board';
import { either as E } from 'fp-ts';
import { hubPersonalFields } from '@send-hub/audit';
import { InMemoryCheckpointStore, type EventStore, type KeyStore } from '@send-hub/event-store';
import { InMemoryAccessLog } from '@send-hub/access';
import { rebuild } from '@send-hub/projections';
import { createHub, hubChildNameFields, hubReadModelProjection, openEventStoreDbHub, openInMemoryHub, openSqliteHub, type Hub } from '../src';
import { parentalConsentOn, referralOf } from './support/referral';

const caseId = '33333333-3333-4333-8333-333333333333';
const autumnTwo: MeetingReference = { district: 'lichfield', academicYear: '2025/26', halfTerm: 2 };
const springOne: MeetingReference = { ...autumnTwo, halfTerm: 3 };
const officer = { actor: { id: 'officer-2', role: 'hub-coordinator', agency: 'education', districts: ['lichfield'] } } as const;
const dataProtectionOfficer = { actor: { id: 'dpo-1', role: 'data-protection-officer', agency: 'other', districts: [] } } as const;
const referral = referralOf('child-riley', 'lichfield', 'Riley Shaw');
const consent = parentalConsentOn('2025-10-31');

const succeed = async <A>(result: Promise<E.Either<{ readonly message: string }, A>>): Promise<A> => {
  const settled = await result;
  if (E.isLeft(settled)) throw new Error(settled.left.message);
  return settled.right;
};

const exported = (hub: Hub): AsyncIterable<string> => {
  const lines = hub.exportLines(dataProtectionOfficer);
  if (E.isLeft(lines)) throw new Error(lines.left.message);
  return lines.right;
};

const recordRiley = async (hub: Hub): Promise<bigint | undefined> => {
  await succeed(hub.recordCase({ type: 'Refer', caseId, occurredOn: '2025-11-03', referral, consent }, officer));
  await succeed(hub.recordMeeting({ type: 'RecordMeeting', meeting: autumnTwo, heldOn: '2025-11-25', attendance: [{ agency: 'education', role: 'special educational needs coordinator' }] }, officer));
  await succeed(hub.recordCase({ type: 'Discuss', caseId, occurredOn: '2025-11-25', meeting: autumnTwo }, officer));
  const agreed = await succeed(
    hub.recordCase(
      { type: 'AgreeActions', caseId, occurredOn: '2025-11-25', meeting: autumnTwo, actions: [{ actionId: 'b0000000-0000-4000-8000-000000000001', description: 'Quiet lunch club', agency: 'education', ownerRole: 'pastoral lead' }] },
      officer,
    ),
  );
  return agreed.position;
};

/** The names the spring agenda shows for its reviews, opened as an agenda's printer opens them. */
const rileyOnAgenda = async (hub: Hub): Promise<string[]> => {
  const agenda = hub.readModels.district((model) => agendaFor(model, springOne));
  const names = await succeed(hub.childNames(caseIdsOnAgenda(agenda), officer));
  return agenda.reviewsDue.map((item) => nameShownFor(names, item.caseId));
};

describe('a hub on the embedded SQLite store', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-application-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('records through the real handlers, keeps its read models, and resumes them from their checkpoint when opened again', async () => {
    const file = join(folder, 'hub.sqlite');
    const first = openSqliteHub({ file });
    await first.readModels.start();
    const position = await recordRiley(first);
    await first.readModels.waitFor(position);
    expect(await rileyOnAgenda(first)).toEqual(['Riley Shaw']);
    await first.dispose();
    expect(existsSync(`${file}.keys`)).toBe(true);

    const again = openSqliteHub({ file });
    await again.readModels.start();
    expect(again.readModels.position).toBe(position);
    expect(await rileyOnAgenda(again)).toEqual(['Riley Shaw']);
    expect((await succeed(again.verify(dataProtectionOfficer))).verified).toBe(true);
    await again.dispose();
  });

  it('rebuilds its read models skipping metadata, which they never read, into the same models', async () => {
    const hub = openSqliteHub({ file: join(folder, 'hub.sqlite') });
    await recordRiley(hub);
    expect(hubReadModelProjection.readsMetadata).toBe(false);
    const readingMetadata = { ...hubReadModelProjection, readsMetadata: true };
    const skipped = await rebuild(hub.stores.readModels, hubReadModelProjection);
    const read = await rebuild(hub.stores.readModels, readingMetadata);
    expect(skipped.position).toBe(read.position);
    expect(hubReadModelProjection.serialise(skipped.model)).toEqual(readingMetadata.serialise(read.model));
    await hub.dispose();
  });

  it('keeps names out of the event file, its exports and the read model file, while agendas show them', async () => {
    const file = join(folder, 'hub.sqlite');
    const readModelFile = join(folder, 'hub.read-models');
    const hub = openSqliteHub({ file, keyFile: join(folder, 'elsewhere.keys'), readModelFile });
    await hub.readModels.start();
    await hub.readModels.waitFor(await recordRiley(hub));
    expect(await rileyOnAgenda(hub)).toEqual(['Riley Shaw']);
    const lines: string[] = [];
    for await (const line of exported(hub)) lines.push(line);
    expect(lines.join('\n')).not.toContain('Riley');
    expect(lines.join('\n')).toContain('child-riley');
    await hub.dispose();
    const bytesOf = (path: string) => [path, `${path}-wal`].filter(existsSync).map((part) => readFileSync(part).toString('latin1')).join('');
    expect(bytesOf(file)).not.toContain('Riley');
    expect(bytesOf(readModelFile)).toContain('child-riley');
    expect(bytesOf(readModelFile)).not.toContain('Riley');
  });
});

describe('a hub refuses bad input and broken rules without writing anything', () => {
  it('names the field and value of an undecodable command', async () => {
    const hub = openInMemoryHub();
    const result = await hub.recordCase({ type: 'Refer', caseId, occurredOn: '2025-13-40', referral, consent }, officer);
    expect(E.isLeft(result) && result.left.code).toBe('command-invalid');
    expect(E.isLeft(result) && result.left.message).toContain('2025-13-40');
    expect(await hub.stores.raw.headPosition()).toBeUndefined();
    await hub.dispose();
  });

  it('gives the rule that a refused command broke, in plain English', async () => {
    const hub = openInMemoryHub();
    await succeed(hub.recordCase({ type: 'Refer', caseId, occurredOn: '2025-11-03', referral, consent }, officer));
    await succeed(hub.recordCase({ type: 'WithdrawConsent', caseId, occurredOn: '2025-11-10', withdrawnBy: 'parent-or-carer' }, officer));
    const before = await hub.stores.raw.headPosition();
    const result = await hub.recordCase({ type: 'Discuss', caseId, occurredOn: '2025-11-25', meeting: autumnTwo }, officer);
    expect(E.isLeft(result) && result.left._tag === 'Rejected' && result.left.rejection.code).toBe('consent-required');
    expect(E.isLeft(result) && result.left.message).toMatch(/consent/i);
    expect(await hub.stores.raw.headPosition()).toBe(before);
    await hub.dispose();
  });
});

describe('a caller changing its command objects afterwards', () => {
  it('changes nothing the hub decides on: its cached states keep copies, not the commands’ objects', async () => {
    const hub = openInMemoryHub();
    await succeed(hub.recordCase({ type: 'Refer', caseId, occurredOn: '2025-11-03', referral, consent }, officer));
    const meeting = { ...autumnTwo };
    await succeed(hub.recordCase({ type: 'Discuss', caseId, occurredOn: '2025-11-25', meeting }, officer));
    meeting.district = 'tamworth';
    const action = { actionId: 'b0000000-0000-4000-8000-000000000001', description: 'Quiet lunch club', agency: 'education', ownerRole: 'pastoral lead' };
    await succeed(hub.recordCase({ type: 'AgreeActions', caseId, occurredOn: '2025-11-25', meeting: autumnTwo, actions: [action] }, officer));
    action.actionId = 'b0000000-0000-4000-8000-000000000002';
    await succeed(
      hub.recordCase(
        { type: 'Review', caseId, occurredOn: '2026-01-20', meeting: springOne, outcomes: [{ actionId: 'b0000000-0000-4000-8000-000000000001', outcome: 'worked' }], conclusion: 'needs-met' },
        officer,
      ),
    );
    await hub.dispose();
  });
});

describe('erasure and transfer through the hub', () => {
  it('forgets a child: agendas show the name as erased, figures and verification stand, an export imports elsewhere', async () => {
    const hub = openInMemoryHub();
    await hub.readModels.start();
    await recordRiley(hub);
    const figuresBefore = hub.readModels.board((model) => boardFigures(model, { academicYear: '2025/26' }));
    await succeed(hub.forget('child-riley', { erasedBy: 'Data protection officer', reason: 'Parent asked; no hold applies', occurredOn: '2025-12-01' }, dataProtectionOfficer));
    await hub.readModels.waitFor(await hub.stores.raw.headPosition());
    expect(await rileyOnAgenda(hub)).toEqual(['Name erased']);
    expect(hub.readModels.board((model) => boardFigures(model, { academicYear: '2025/26' }))).toEqual(figuresBefore);
    const report = await succeed(hub.verify(dataProtectionOfficer));
    expect(report.verified).toBe(true);

    const lines: string[] = [];
    for await (const line of exported(hub)) lines.push(line);
    const copy = openInMemoryHub();
    const imported = await succeed(copy.importLines(() => lines, { actor: { id: 'operator', role: 'local-operator', agency: 'other', districts: [] } }));
    expect(imported.headHash).toBe(report.headHash);
    await Promise.all([hub.dispose(), copy.dispose()]);
  });
});

describe('the command handlers load cases with every personal field withheld', () => {
  it('decide a case read again from the store without asking the key store for any key, and still encrypt what they write', async () => {
    const written = openInMemoryHub();
    await recordRiley(written);
    const keyStore = written.keyStore;
    let keysAskedFor = 0;
    const countingKeys: KeyStore = {
      ...keyStore,
      get: (keyId) => ((keysAskedFor += 1), keyStore.get(keyId)),
      getMany: (keyIds) => ((keysAskedFor += keyIds.length), keyStore.getMany(keyIds)),
      create: (keyId, key, createdAt) => keyStore.create(keyId, key, createdAt),
    };
    // A second hub over the same store has nothing cached: every command reads its case in full.
    const reopened = createHub({ store: written.stores.raw, keyStore: countingKeys, checkpoints: new InMemoryCheckpointStore(), accessLog: new InMemoryAccessLog() });
    const review = { type: 'Review', caseId, occurredOn: '2026-01-20', meeting: springOne, outcomes: [{ actionId: 'b0000000-0000-4000-8000-000000000001', outcome: 'worked' }], conclusion: 'needs-met' };
    const reviewed = await succeed(reopened.recordCase(review, officer));
    expect(reviewed.attempts).toBe(1);
    expect(keysAskedFor).toBe(0);
    // What it writes is encrypted as before: a new referral's name is stored as ciphertext only.
    const otherCase = '44444444-4444-4444-8444-444444444444';
    await succeed(reopened.recordCase({ type: 'Refer', caseId: otherCase, occurredOn: '2026-01-21', referral: { ...referral, childReference: 'child-sam', personal: { ...referral.personal, childName: 'Sam Okafor' } }, consent }, officer));
    const stored: string[] = [];
    for await (const event of written.stores.raw.readAll()) stored.push(JSON.stringify(event.data));
    expect(stored.join('\n')).not.toMatch(/Riley Shaw|Sam Okafor/);
    await written.dispose();
  });
});

describe('the read models are built from a view that withholds every personal field', () => {
  const personalOfReferral = async (store: EventStore): Promise<unknown> => {
    for await (const event of store.readAll()) if (event.type === 'Referred') return (event.data as { referral: { personal: unknown } }).referral.personal;
    return undefined;
  };

  it('withholds them all from the read models, and gives only the name to lists that show it', async () => {
    const hub = openInMemoryHub();
    await recordRiley(hub);
    const erased = { erased: true };
    expect(await personalOfReferral(hub.stores.readModels)).toEqual({ childName: erased, dateOfBirth: erased, narrative: erased });
    expect(await personalOfReferral(hub.stores.childNames)).toEqual({ childName: 'Riley Shaw', dateOfBirth: erased, narrative: erased });
    expect(await personalOfReferral(hub.stores.readable)).toEqual(referral.personal);
    await hub.dispose();
  });

  it('builds the same models from it as from the fully decrypting store, before and after an erasure', async () => {
    const hub = openInMemoryHub();
    await recordRiley(hub);
    const saved = async (store: EventStore) => hubReadModelProjection.serialise((await rebuild(store, hubReadModelProjection)).model);
    expect(await saved(hub.stores.readModels)).toEqual(await saved(hub.stores.readable));
    expect(await saved(hub.stores.readModels)).not.toContain('Riley');
    await succeed(hub.forget('child-riley', { erasedBy: 'Data protection officer', reason: 'Parent asked', occurredOn: '2025-12-01' }, dataProtectionOfficer));
    expect(await saved(hub.stores.readModels)).toEqual(await saved(hub.stores.readable));
    await hub.dispose();
  });

  it('opens names for the cases asked about only, leaving out a case with no referral', async () => {
    const hub = openInMemoryHub();
    await recordRiley(hub);
    const missing = '44444444-4444-4444-8444-444444444444';
    expect(await succeed(hub.childNames([caseId, missing, caseId], officer))).toEqual(new Map([[caseId, 'Riley Shaw']]));
    expect(await succeed(hub.childNames([], officer))).toEqual(new Map());
    await hub.dispose();
  });

  it('names only fields that hub events mark as personal', () => {
    for (const [type, paths] of Object.entries(hubChildNameFields)) {
      for (const path of paths) expect(hubPersonalFields[type]).toContainEqual(path);
    }
  });
});

describe('a hub on EventStoreDB', () => {
  it('connects on first use, so opening and disposing without a server neither hangs nor fails', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'send-hub-esdb-'));
    const hub = openEventStoreDbHub({ connectionString: 'esdb://127.0.0.1:1?tls=false', keyFile: join(folder, 'hub.keys'), accessLogFile: join(folder, 'hub.access-log') });
    expect(hub.configuration.councilName).toBe('Staffordshire County Council');
    await hub.dispose();
    expect(existsSync(join(folder, 'hub.keys'))).toBe(true);
    rmSync(folder, { recursive: true, force: true });
  });
});

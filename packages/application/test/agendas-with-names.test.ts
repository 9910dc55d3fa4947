import { caseStreamId } from '@send-hub/core';
import { erasedNameNote, nameNotLookedUpNote } from '@send-hub/projection-district';
import { either as E } from 'fp-ts';
import { agendaWithNamesOf, consentWorklistWithNamesOf, lmgAgendaWithNamesOf, openInMemoryHub, type Hub, type HubRequest } from '../src';
import { coordinator, escalate, hubMeeting, succeed } from './support/escalated-case';
import { referralOf } from './support/referral';

const escalatedCase = '44444444-4444-4444-8444-444444444444';
const awaitingConsent = '77777777-7777-4777-8777-777777777777';
const lichfieldCoordinator: HubRequest = { actor: { id: 'coordinator-2', role: 'hub-coordinator', agency: 'education', districts: ['lichfield'] } };
const boardMember: HubRequest = { actor: { id: 'board-1', role: 'board-member', agency: 'other', districts: [] } };
const chair: HubRequest = { actor: { id: 'chair-1', role: 'locality-management-group-chair', agency: 'education', districts: ['tamworth'] }, purpose: 'to prepare the group’s meeting' };
const worklistOptions = { asOf: '2025-10-01', waitingAtLeastDays: 14 };

/** A referral recorded before consent came with it (schema version 1, upcast as "not-recorded-at-referral"): the consent worklist lists it. */
const referWithoutConsent = async (hub: Hub): Promise<void> => {
  const [recorded] = await hub.stores.readable.readStream(caseStreamId(escalatedCase), { maxCount: 1 });
  if (recorded === undefined) throw new Error('expected the escalated case’s referral');
  const { hash: _hash, ...metadata } = recorded.metadata;
  const data = { type: 'Referred', caseId: awaitingConsent, occurredOn: '2025-09-09', referral: referralOf('child-ava', 'tamworth', 'Ava Jones') };
  const appended = await hub.stores.readable.append(caseStreamId(awaitingConsent), [{ eventId: '01a24e18-0000-7000-8000-000000000001', type: 'Referred', schemaVersion: 1, data, metadata }], 'no_stream');
  if (E.isLeft(appended)) throw new Error(appended.left.message);
  await hub.readModels.waitFor(appended.right.position);
};

const logSize = async (hub: Hub): Promise<number> => (await hub.accessLog.storedEntries()).length;

describe('agendas with the children’s names', () => {
  let hub: Hub;
  beforeEach(async () => {
    hub = openInMemoryHub({ clock: () => new Date('2026-01-21T16:00:00.000Z') });
    await hub.readModels.start();
    await escalate(hub, escalatedCase, 'child-sam', 'Sam Price');
    await referWithoutConsent(hub);
  });
  afterEach(async () => hub.dispose());

  it('gives a hub meeting’s agenda and consent worklist with the names attached, opened in one logged read', async () => {
    const shown = await succeed(agendaWithNamesOf(hub, { meeting: hubMeeting(3), consentWorklist: worklistOptions }, coordinator));
    expect(shown.agenda.awaitingLocalityManagementGroup.map((item) => item.caseId)).toEqual([escalatedCase]);
    expect(shown.named.agenda.awaitingLocalityManagementGroup).toEqual([expect.objectContaining({ caseId: escalatedCase, childShownAs: 'Sam Price' })]);
    expect(shown.consentWorklist.map((item) => item.caseId)).toEqual([awaitingConsent]);
    expect(shown.named.consentWorklist).toEqual([expect.objectContaining({ caseId: awaitingConsent, childShownAs: 'Ava Jones', daysWaiting: 22 })]);
    expect(shown.names).toEqual(new Map([[escalatedCase, 'Sam Price'], [awaitingConsent, 'Ava Jones']]));
    expect(await logSize(hub)).toBe(2);
  });

  it('reads no consent worklist, and opens none of its names, unless asked', async () => {
    const shown = await succeed(agendaWithNamesOf(hub, { meeting: hubMeeting(3) }, coordinator));
    expect(shown.consentWorklist).toEqual([]);
    expect(shown.names).toEqual(new Map([[escalatedCase, 'Sam Price']]));
    expect(await logSize(hub)).toBe(1);
  });

  it('refuses a reader who may not open names, opening and logging nothing', async () => {
    for (const refused of [
      await agendaWithNamesOf(hub, { meeting: hubMeeting(3), consentWorklist: worklistOptions }, boardMember),
      await lmgAgendaWithNamesOf(hub, hubMeeting(3), boardMember),
      await consentWorklistWithNamesOf(hub, 'tamworth', worklistOptions, boardMember),
    ]) {
      expect(refused).toEqual(E.left(expect.objectContaining({ _tag: 'AccessRefused', code: 'role-not-permitted' })));
      expect(JSON.stringify(refused)).not.toContain('Sam Price');
    }
    expect(await logSize(hub)).toBe(0);
  });

  it('leaves out the names of another district’s children, shown as not looked up', async () => {
    const shown = await succeed(agendaWithNamesOf(hub, { meeting: hubMeeting(3) }, lichfieldCoordinator));
    expect(shown.names.size).toBe(0);
    expect(shown.named.agenda.awaitingLocalityManagementGroup).toEqual([expect.objectContaining({ caseId: escalatedCase, childShownAs: nameNotLookedUpNote })]);
    expect(await logSize(hub)).toBe(0);
  });

  it('gives the Locality Management Group’s agenda with the names of the cases it is to discuss', async () => {
    const shown = await succeed(lmgAgendaWithNamesOf(hub, { district: 'tamworth', academicYear: '2025/26', halfTerm: 3 }, chair));
    expect(shown.agenda.toDiscuss.map((item) => item.caseId)).toEqual([escalatedCase]);
    expect(shown.named).toMatchObject({ title: shown.agenda.title, toDiscuss: [{ caseId: escalatedCase, childShownAs: 'Sam Price' }], waitingOnHub: [] });
    expect(await hub.accessLog.storedEntries()).toEqual([expect.objectContaining({ read: 'child-names', caseId: escalatedCase, purpose: 'to prepare the group’s meeting' })]);
  });

  it('gives a district’s consent worklist with the names, and shows an erased name as erased', async () => {
    const shown = await succeed(consentWorklistWithNamesOf(hub, 'tamworth', worklistOptions, coordinator));
    expect(shown.named).toEqual([expect.objectContaining({ caseId: awaitingConsent, childShownAs: 'Ava Jones' })]);
    const dataProtectionOfficer = { actor: { id: 'dpo-1', role: 'data-protection-officer', agency: 'other', districts: [] }, purpose: 'a request from Ava’s mother' } as const;
    await succeed(hub.forget('child-ava', { erasedBy: 'Data protection officer', reason: 'Ava’s mother asked; no hold applies', occurredOn: '2025-12-01' }, dataProtectionOfficer));
    const afterErasure = await succeed(consentWorklistWithNamesOf(hub, 'tamworth', worklistOptions, coordinator));
    expect(afterErasure.named).toEqual([expect.objectContaining({ caseId: awaitingConsent, childShownAs: erasedNameNote })]);
  });
});

import { staffordshireConfiguration, type MeetingReference } from '@send-hub/core';
import { InMemoryEventStore } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { createHubCommandHandlers, openInMemoryHub, type Hub } from '../src';
import { parentalConsentOn, referralOf } from './support/referral';

const caseId = '44444444-4444-4444-8444-444444444444';
const autumnTwo: MeetingReference = { district: 'lichfield', academicYear: '2025/26', halfTerm: 2 };
const springOne: MeetingReference = { ...autumnTwo, halfTerm: 3 };
const officer = { actor: { id: 'officer-2', role: 'hub-coordinator', agency: 'education', districts: ['lichfield'] } } as const;
const attendance = [{ agency: 'education' as const, role: 'special educational needs coordinator' }];
const referral = referralOf('child-riley', 'lichfield', 'Riley Shaw');

const succeed = async <A>(result: Promise<E.Either<{ readonly message: string }, A>>): Promise<A> => {
  const settled = await result;
  if (E.isLeft(settled)) throw new Error(settled.left.message);
  return settled.right;
};

const refusal = async (result: Promise<E.Either<{ readonly _tag: string; readonly message: string }, unknown>>): Promise<{ code: string | undefined; message: string }> => {
  const settled = await result;
  if (E.isRight(settled)) throw new Error('The command was accepted.');
  const failure = settled.left as { readonly rejection?: { readonly code: string }; readonly message: string };
  return { code: failure.rejection?.code, message: failure.message };
};

const consentedRiley = async (hub: Hub): Promise<void> => {
  await succeed(hub.recordCase({ type: 'Refer', caseId, occurredOn: '2025-11-03', referral, consent: parentalConsentOn('2025-10-31') }, officer));
};

describe('the hub holds decisions to what their meeting recorded', () => {
  it('refuses a discussion dated on another day than its meeting was held, and writes nothing', async () => {
    const hub = openInMemoryHub();
    await consentedRiley(hub);
    await succeed(hub.recordMeeting({ type: 'RecordMeeting', meeting: autumnTwo, heldOn: '2025-11-25', attendance }, officer));
    const before = await hub.stores.raw.headPosition();
    const refused = await refusal(hub.recordCase({ type: 'Discuss', caseId, occurredOn: '2025-11-26', meeting: autumnTwo }, officer));
    expect(refused.code).toBe('date-not-meeting-date');
    expect(refused.message).toContain('The date 26 November 2025 is not the day the Lichfield hub meeting of Autumn 2 2025/26 was held (25 November 2025).');
    expect(await hub.stores.raw.headPosition()).toBe(before);
    await succeed(hub.recordCase({ type: 'Discuss', caseId, occurredOn: '2025-11-25', meeting: autumnTwo }, officer));
    await hub.dispose();
  });

  it('refuses a discussion at a cancelled meeting, and takes it at the next meeting held', async () => {
    const hub = openInMemoryHub();
    await consentedRiley(hub);
    await succeed(hub.recordMeeting({ type: 'CancelMeeting', meeting: autumnTwo, cancelledOn: '2025-11-20', reason: 'The venue flooded.' }, officer));
    const refused = await refusal(hub.recordCase({ type: 'Discuss', caseId, occurredOn: '2025-11-25', meeting: autumnTwo }, officer));
    expect(refused.code).toBe('meeting-cancelled');
    expect(refused.message).toContain('The Lichfield hub meeting of Autumn 2 2025/26 was cancelled on 20 November 2025.');
    await succeed(hub.recordMeeting({ type: 'RecordMeeting', meeting: springOne, heldOn: '2026-01-21', attendance }, officer));
    await succeed(hub.recordCase({ type: 'Discuss', caseId, occurredOn: '2026-01-21', meeting: springOne }, officer));
    await hub.dispose();
  });

  it('refuses a meeting held outside its half term', async () => {
    const hub = openInMemoryHub();
    const refused = await refusal(hub.recordMeeting({ type: 'RecordMeeting', meeting: autumnTwo, heldOn: '2025-12-29', attendance }, officer));
    expect(refused.code).toBe('meeting-date-outside-half-term');
    expect(refused.message).toContain('Autumn 2 2025/26 runs from 3 November 2025 to 19 December 2025.');
    expect(await hub.stores.raw.headPosition()).toBeUndefined();
    await hub.dispose();
  });

  it('does the same through the handlers without an access policy', async () => {
    const store = new InMemoryEventStore();
    const handlers = createHubCommandHandlers({ store, configuration: staffordshireConfiguration, clock: () => new Date('2025-12-01T10:00:00Z') });
    const context = { actor: { id: 'officer-2', role: 'hub-coordinator' } };
    await succeed(handlers.recordCase({ type: 'Refer', caseId, occurredOn: '2025-11-03', referral, consent: parentalConsentOn('2025-10-31') }, context));
    await succeed(handlers.recordMeeting({ type: 'CancelMeeting', meeting: autumnTwo, cancelledOn: '2025-11-20', reason: 'The venue flooded.' }, context));
    expect((await refusal(handlers.recordCase({ type: 'Discuss', caseId, occurredOn: '2025-11-25', meeting: autumnTwo }, context))).code).toBe('meeting-cancelled');
  });
});

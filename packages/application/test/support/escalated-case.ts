import type { MeetingReference } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type { Hub } from '../../src';
import { parentalConsentOn, referralOf } from './referral';

/** A Tamworth hub meeting of 2025/26. */
export const hubMeeting = (halfTerm: MeetingReference['halfTerm']): MeetingReference => ({ district: 'tamworth', academicYear: '2025/26', halfTerm });

export const coordinator = { actor: { id: 'coordinator-1', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] } } as const;

export const action = (id: string) => ({ actionId: id, description: 'Weekly mentoring with a named adult.', agency: 'education' as const, ownerRole: 'pastoral lead' });

/** The value of a result expected to succeed; a refusal fails the test with its message. */
export const succeed = async <A>(result: Promise<E.Either<{ readonly message: string }, A>>): Promise<A> => {
  const settled = await result;
  if (E.isLeft(settled)) throw new Error(settled.left.message);
  return settled.right;
};

/** A Tamworth case referred, discussed, given actions in Autumn 1, reviewed as not working in Autumn 2 and escalated. */
export const escalate = async (hub: Hub, id: string, child: string, childName = 'Sam Price'): Promise<void> => {
  const actionId = `${id.slice(0, 8)}-0000-4000-8000-000000000001`;
  await succeed(hub.recordCase({ type: 'Refer', caseId: id, occurredOn: '2025-09-10', referral: referralOf(child, 'tamworth', childName), consent: parentalConsentOn('2025-09-08', 'written') }, coordinator));
  await succeed(hub.recordCase({ type: 'Discuss', caseId: id, occurredOn: '2025-10-08', meeting: hubMeeting(1) }, coordinator));
  await succeed(hub.recordCase({ type: 'AgreeActions', caseId: id, occurredOn: '2025-10-08', meeting: hubMeeting(1), actions: [action(actionId)] }, coordinator));
  await succeed(hub.recordCase({ type: 'Review', caseId: id, occurredOn: '2025-12-03', meeting: hubMeeting(2), outcomes: [{ actionId, outcome: 'did-not-work' }], conclusion: 'not-working' }, coordinator));
  await succeed(hub.recordCase({ type: 'EscalateToLMG', caseId: id, occurredOn: '2025-12-04', reason: 'Two terms of strategies have not worked.' }, coordinator));
};

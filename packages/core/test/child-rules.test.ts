import { caseRules, childDecider, evolveCase, fold, initialCaseState, referralsToOvertake, type CaseEvent, type CaseState, type ChildEvent, type StartReferral } from '@send-hub/core';
import { deciderSpecification } from '@send-hub/testing';
import { caseId, closed, discussAtLMG, escalatedCase, recorded, referral, referred, staffordGroup } from './support/staffordshire-case';

/*
 * The child's consistency boundary: a child has one open case at a time. The child's
 * stream knows which cases were started; each case's own stream says whether it is open,
 * read by the shell and given with the command.
 */

const secondCaseId = '3d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d';
const childReference = referral.childReference;
const started = (startedCaseId: string, occurredOn = '2025-09-15'): ChildEvent => ({ type: 'ReferralStarted', childReference, caseId: startedCaseId, occurredOn });
const stateOf = (history: ReadonlyArray<CaseEvent>): CaseState => fold(evolveCase, initialCaseState, history);

const startSecond = (firstCase: ReadonlyArray<CaseEvent> | undefined, occurredOn = '2026-02-02'): StartReferral => ({
  type: 'StartReferral',
  childReference,
  caseId: secondCaseId,
  occurredOn,
  casesStarted: new Map(firstCase === undefined ? [] : [[caseId, stateOf(firstCase)]]),
});

const specification = deciderSpecification(childDecider);

describe('the rule "child-has-open-case"', () => {
  it(`lets through a child whose earlier case is closed: ${caseRules['child-has-open-case']}`, () => {
    specification.given([started(caseId)]).when(startSecond(closed)).then([started(secondCaseId, '2026-02-02')]);
  });

  it('lets through a child whose earlier case the Locality Management Group closed', () => {
    const groupClosed = [...escalatedCase, recorded(discussAtLMG({ meeting: staffordGroup(3), outcome: 'closed', reason: 'Needs now met by the special school.', recommendations: [] }))];
    expect(stateOf(groupClosed).status).toBe('closed');
    specification.given([started(caseId)]).when(startSecond(groupClosed)).then([started(secondCaseId, '2026-02-02')]);
  });

  it('lets through the first referral of a child', () => {
    specification.given([]).when(startSecond(undefined)).then([started(secondCaseId, '2026-02-02')]);
  });

  it('refuses a second referral while the first case is open, naming the open case, its date and its district in words', () => {
    specification.given([started(caseId)]).when(startSecond(referred)).thenRejects('child-has-open-case');
    specification
      .given([started(caseId)])
      .when(startSecond(referred))
      .thenRejectsWith(
        (rejection) =>
          rejection.caseId === secondCaseId &&
          rejection.message === `The child already has an open case: case ${caseId}, referred on 15 September 2025 to the Stafford hub. ${caseRules['child-has-open-case']}`,
        'the open case named, with its referral date and district in words',
      );
  });

  it('does not count a case another child’s referral took', () => {
    const anotherChilds = [{ ...referred[0]!, referral: { ...referral, childReference: 'STAFFS-009999' } } as CaseEvent];
    specification.given([started(caseId)]).when(startSecond(anotherChilds)).then([started(secondCaseId, '2026-02-02')]);
  });

  it('starts nothing new for a referral already started for the same case (tried again after its writer stopped)', () => {
    specification.given([started(secondCaseId)]).when(startSecond(undefined)).then([]);
  });
});

describe('referrals left unfinished', () => {
  it('are overtaken when another referral of the child goes ahead', () => {
    const command = startSecond(undefined);
    expect(referralsToOvertake(command, fold(childDecider.evolve, childDecider.initialState, [started(caseId)]))).toEqual([
      { type: 'ReferralOvertaken', caseId, occurredOn: '2026-02-02', overtakenBy: secondCaseId },
    ]);
  });

  it('are not overtaken twice, and a referred case never is', () => {
    const overtaken: CaseEvent[] = [{ type: 'ReferralOvertaken', caseId, occurredOn: '2026-01-05', overtakenBy: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }];
    const state = fold(childDecider.evolve, childDecider.initialState, [started(caseId)]);
    expect(referralsToOvertake(startSecond(overtaken), state)).toEqual([]);
    expect(referralsToOvertake(startSecond(closed), state)).toEqual([]);
  });

  it('leave their case closed to its referral for good', () => {
    const overtaken = stateOf([{ type: 'ReferralOvertaken', caseId, occurredOn: '2026-01-05', overtakenBy: secondCaseId }]);
    expect(overtaken).toEqual({ status: 'not-referred', overtakenBy: secondCaseId });
  });
});

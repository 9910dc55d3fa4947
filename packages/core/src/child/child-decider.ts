import { either as E } from 'fp-ts';
import type { CaseRejection } from '../case/case-rejections';
import type { Decider } from '../decider/decider';
import { staffordshireConfiguration, type HubConfiguration } from '../reference/hub-configuration';
import type { ChildEvent } from './child-events';
import { checkNoOpenCase, openCaseOfChild, type ReferralOfChild } from './child-rules';
import { initialChildState, type ChildState } from './child-state';

/** The one command of a child's stream: start the referral of a case, the shell having read how the child's other cases stand. */
export interface StartReferral extends ReferralOfChild {
  readonly type: 'StartReferral';
}

export type ChildDecider = Decider<StartReferral, ChildEvent, ChildState, CaseRejection>;

/** Folds a child's stream; total: a referral started twice for one case is kept once. */
export const evolveChild = (state: ChildState, event: ChildEvent): ChildState =>
  state.referrals.some((started) => started.caseId === event.caseId) ? state : { referrals: [...state.referrals, { caseId: event.caseId, startedOn: event.occurredOn }] };

/**
 * The child's consistency boundary: a referral is started only while the child has no
 * open case. A referral already started for the same case (its writer stopped before the
 * case was recorded, and the school tries again) starts nothing new.
 */
export const createChildDecider = (configuration: HubConfiguration): ChildDecider => ({
  initialState: initialChildState,
  evolve: evolveChild,
  decide: (command, state) => {
    const open = checkNoOpenCase(configuration, command.caseId, openCaseOfChild(command, state));
    if (E.isLeft(open)) return open;
    if (state.referrals.some((started) => started.caseId === command.caseId)) return E.right([]);
    return E.right([{ type: 'ReferralStarted', childReference: command.childReference, caseId: command.caseId, occurredOn: command.occurredOn }]);
  },
});

export const childDecider: ChildDecider = createChildDecider(staffordshireConfiguration);

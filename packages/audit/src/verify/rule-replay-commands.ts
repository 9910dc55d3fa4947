import { consentGiverOn, consentNotRecordedAtReferral, type CaseCommand, type CaseEvent, type LMGMeetingCommand, type LMGMeetingEvent, type MeetingCommand, type MeetingEvent } from '@send-hub/core';

/**
 * The command that would produce each case event today. Replaying it through the
 * decider on the state before the event tells whether the rules allow the event, so a
 * history written by an older or foreign system is held to today's rules. A
 * `ReferralOvertaken` has no command: the child's boundary writes it (see `checkOvertakable`).
 */
export const commandForCaseEvent = (event: Exclude<CaseEvent, { readonly type: 'ReferralOvertaken' }>): CaseCommand => {
  const { caseId, occurredOn } = event;
  switch (event.type) {
    case 'Referred': {
      if (event.consent !== consentNotRecordedAtReferral) return { type: 'Refer', caseId, occurredOn, referral: event.referral, consent: event.consent };
      // A referral recorded before consent came with it (reported on its own as "referral-without-consent"): its other rules
      // are checked as if the right person had consented that day.
      const givenBy = consentGiverOn({ yearGroup: event.referral.yearGroup, referredOn: occurredOn }, occurredOn, false);
      return { type: 'Refer', caseId, occurredOn, referral: event.referral, consent: { givenBy, form: 'written', givenOn: occurredOn } };
    }
    case 'ConsentGiven':
      return { type: 'RecordConsent', caseId, occurredOn, givenBy: event.givenBy, form: event.form, youngPersonLacksCapacity: event.youngPersonLacksCapacity };
    case 'ConsentWithdrawn':
      return { type: 'WithdrawConsent', caseId, occurredOn, withdrawnBy: event.withdrawnBy };
    case 'Discussed':
      return { type: 'Discuss', caseId, occurredOn, meeting: event.meeting };
    case 'ActionsAgreed':
      return { type: 'AgreeActions', caseId, occurredOn, meeting: event.meeting, actions: event.actions };
    case 'Reviewed':
      return { type: 'Review', caseId, occurredOn, meeting: event.meeting, outcomes: event.outcomes, conclusion: event.conclusion };
    case 'ViewsHeard': {
      const { whose, how, views } = event;
      return { type: 'RecordViews', caseId, occurredOn, whose, how, views, ...(event.meeting === undefined ? {} : { meeting: event.meeting }) };
    }
    case 'EscalatedToLMG':
      return { type: 'EscalateToLMG', caseId, occurredOn, reason: event.reason };
    case 'DiscussedAtLMG':
      return { type: 'DiscussAtLMG', caseId, occurredOn, meeting: event.meeting, outcome: event.outcome, reason: event.reason, recommendations: event.recommendations };
    case 'ChildMoved':
      // Where the move started is not asked: the decider takes it from the case, so a move recorded from the wrong place differs from the replay.
      return { type: 'RecordMove', caseId, occurredOn, school: event.to.school, district: event.to.district, yearGroup: event.yearGroup };
    case 'CaseClosed':
      return { type: 'Close', caseId, occurredOn, reason: event.reason };
  }
};

export const commandForMeetingEvent = (event: MeetingEvent): MeetingCommand =>
  event.type === 'MeetingHeld'
    ? { type: 'RecordMeeting', meeting: event.meeting, heldOn: event.heldOn, attendance: event.attendance }
    : { type: 'CancelMeeting', meeting: event.meeting, cancelledOn: event.cancelledOn, reason: event.reason };

export const commandForLMGMeetingEvent = (event: LMGMeetingEvent): LMGMeetingCommand => {
  switch (event.type) {
    case 'LMGMeetingHeld':
      return { type: 'RecordLMGMeeting', meeting: event.meeting, heldOn: event.heldOn, attendance: event.attendance };
    case 'LMGMeetingCancelled':
      return { type: 'CancelLMGMeeting', meeting: event.meeting, cancelledOn: event.cancelledOn, reason: event.reason };
    case 'LMGThemesRecorded':
      return { type: 'RecordLMGThemes', meeting: event.meeting, themes: event.themes };
  }
};

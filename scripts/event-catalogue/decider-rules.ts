import type { CaseCommandType, CaseEventType, CaseRejectionCode, LMGMeetingCommandType, LMGMeetingEventType, LMGMeetingRejectionCode, MeetingCommand, MeetingEventType, MeetingRejectionCode } from '@send-hub/core';
import type { ErasureRefusalCode } from '@send-hub/audit';

/*
 * Which rules each command is checked against, in the order the decider checks them,
 * and the event each command records. The deciders keep this in their code, not as
 * data, so it is written down here; the catalogue's test holds it to the deciders
 * (every refusal they give must be listed for its command, every accepted command
 * must record the event named here).
 */

type MeetingCommandType = MeetingCommand['type'];

/** Checked before anything else for every command on a case that exists. */
const referredCaseRules: ReadonlyArray<CaseRejectionCode> = ['case-not-found', 'case-closed', 'date-before-previous-event'];

export const caseCommandRules: Readonly<Record<CaseCommandType, ReadonlyArray<CaseRejectionCode>>> = {
  // The last is answered from the child's own stream, read by the hub's handler once the case's own rules hold.
  Refer: ['case-already-referred', 'referral-overtaken', 'district-unknown', 'needs-invalid', 'consent-after-referral', 'consent-from-wrong-person', 'child-has-open-case'],
  RecordConsent: [...referredCaseRules, 'consent-already-given', 'consent-from-wrong-person'],
  WithdrawConsent: [...referredCaseRules, 'consent-not-given'],
  Discuss: [...referredCaseRules, 'consent-required', 'meeting-in-another-district', 'meeting-cancelled', 'date-not-meeting-date', 'already-discussed'],
  AgreeActions: [...referredCaseRules, 'consent-required', 'meeting-in-another-district', 'meeting-cancelled', 'date-not-meeting-date', 'actions-not-at-discussion-meeting', 'actions-invalid'],
  Review: [...referredCaseRules, 'consent-required', 'meeting-in-another-district', 'meeting-cancelled', 'date-not-meeting-date', 'no-actions-to-review', 'review-not-after-agreement', 'review-outcomes-mismatch'],
  RecordViews: [...referredCaseRules, 'consent-required', 'meeting-in-another-district'],
  EscalateToLMG: [...referredCaseRules, 'consent-required', 'escalation-without-failed-review'],
  // The last two on what the group meeting's own stream recorded, which the hub's handler reads and tells the decider.
  DiscussAtLMG: [
    ...referredCaseRules,
    'consent-required',
    'not-waiting-on-lmg',
    'lmg-meeting-in-another-district',
    'lmg-recommendations-missing',
    'lmg-meeting-not-held',
    'lmg-discussion-not-on-meeting-date',
  ],
  RecordMove: [...referredCaseRules, 'consent-required', 'district-unknown', 'move-to-same-school-and-district'],
  Close: [...referredCaseRules, 'closure-needs-met-without-review'],
};

export const caseCommandRecords: Readonly<Record<CaseCommandType, CaseEventType>> = {
  Refer: 'Referred',
  RecordConsent: 'ConsentGiven',
  WithdrawConsent: 'ConsentWithdrawn',
  Discuss: 'Discussed',
  AgreeActions: 'ActionsAgreed',
  Review: 'Reviewed',
  RecordViews: 'ViewsHeard',
  EscalateToLMG: 'EscalatedToLMG',
  DiscussAtLMG: 'DiscussedAtLMG',
  RecordMove: 'ChildMoved',
  Close: 'CaseClosed',
};

const meetingRecordedOnce: ReadonlyArray<MeetingRejectionCode> = ['meeting-already-recorded', 'district-unknown', 'meeting-date-outside-academic-year', 'meeting-date-outside-half-term'];

export const meetingCommandRules: Readonly<Record<MeetingCommandType, ReadonlyArray<MeetingRejectionCode>>> = {
  RecordMeeting: [...meetingRecordedOnce, 'no-attendance'],
  CancelMeeting: meetingRecordedOnce,
};

export const meetingCommandRecords: Readonly<Record<MeetingCommandType, MeetingEventType>> = {
  RecordMeeting: 'MeetingHeld',
  CancelMeeting: 'MeetingCancelled',
};

const lmgMeetingRecordedOnce: ReadonlyArray<LMGMeetingRejectionCode> = ['lmg-meeting-already-recorded', 'district-unknown', 'lmg-meeting-off-cadence', 'lmg-meeting-date-outside-period'];

export const lmgMeetingCommandRules: Readonly<Record<LMGMeetingCommandType, ReadonlyArray<LMGMeetingRejectionCode>>> = {
  RecordLMGMeeting: [...lmgMeetingRecordedOnce, 'no-attendance'],
  CancelLMGMeeting: lmgMeetingRecordedOnce,
  RecordLMGThemes: ['themes-at-meeting-not-held', 'themes-invalid'],
};

export const lmgMeetingCommandRecords: Readonly<Record<LMGMeetingCommandType, LMGMeetingEventType>> = {
  RecordLMGMeeting: 'LMGMeetingHeld',
  CancelLMGMeeting: 'LMGMeetingCancelled',
  RecordLMGThemes: 'LMGThemesRecorded',
};

/**
 * Why `forgetChild` (in `@send-hub/audit`) refuses. Erasure has no decider and its
 * refusal codes have no rule texts in the code, so they are written here; the type
 * makes the list complete.
 */
export const erasureRefusals: Readonly<Record<ErasureRefusalCode, string>> = {
  'erasure-invalid': 'The request names who erased the data and why, and gives a business date written YYYY-MM-DD; the child reference is a valid pseudonymous reference.',
  'legal-hold': 'A child under a legal hold on the date of the erasure is not forgotten while the hold stands.',
  'child-not-found': 'Only a child with personal data held (a key in the key store) can be forgotten.',
  'already-forgotten': 'A child whose key was destroyed and whose erasure is recorded is not forgotten twice.',
};

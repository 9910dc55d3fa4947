/**
 * Every rule the case decider enforces, by stable code, with the plain-English rule a
 * council officer would recognise. Each rejection adds the particulars in its message.
 */
export const caseRules = {
  'case-already-referred': 'A case is referred only once; a child referred again gets a new case.',
  'child-has-open-case': 'A child has one open case at a time: a child is referred again only once their open case is closed.',
  'referral-overtaken': 'A referral that another referral of the same child overtook before it was recorded is never recorded; the child’s case is the one that went ahead.',
  'case-not-found': 'Nothing can happen to a case that has not been referred.',
  'case-closed': 'Nothing more can happen to a closed case.',
  'district-unknown': 'A case is referred, or moves, to one of the council’s district hubs.',
  'needs-invalid': 'Needs have exactly one primary need, no need twice, and “no specialist assessment” only with special educational needs support.',
  'date-before-previous-event': 'A business date never goes back before the case’s previous event.',
  'consent-required': 'Nothing is discussed, agreed, reviewed, escalated or moved to another school or district without current consent (given and not withdrawn).',
  'consent-after-referral': 'A school refers a child only with consent already given: its date is no later than the referral’s.',
  'consent-already-given': 'Consent that is already given is not recorded twice by the same person; it is recorded again after a withdrawal, or when a young person takes over their own consent.',
  'consent-not-given': 'Only consent that was given can be withdrawn.',
  'consent-from-wrong-person':
    'From the last Friday of June of the school year in which they reach the end of Year 11, a young person consents for themselves unless they lack capacity; before that a parent or carer consents.',
  'meeting-in-another-district': 'A case is discussed only at a meeting of its own district hub.',
  'meeting-cancelled': 'Nothing is discussed, agreed or reviewed at a meeting that was cancelled: the case waits for the next meeting held.',
  'date-not-meeting-date': 'A discussion, agreement or review is dated on the day its meeting was held.',
  'already-discussed':
    'A case has its first discussion once, and is discussed again only when the Locality Management Group sends it back or a new district’s hub takes it after a move with no actions outstanding; later meetings review it.',
  'actions-not-at-discussion-meeting': 'Actions are agreed at the meeting where the case was discussed or reviewed.',
  'actions-invalid': 'At least one action is agreed, and no action id is used twice.',
  'no-actions-to-review': 'A review needs actions that were agreed and not yet reviewed.',
  'review-not-after-agreement': 'A review happens at a later meeting than the one that agreed the actions.',
  'review-outcomes-mismatch': 'A review gives an outcome for every outstanding action and for no other.',
  'escalation-without-failed-review': 'A case goes to the Locality Management Group only after a review concluded it was not working.',
  'not-waiting-on-lmg': 'The Locality Management Group discusses only a case escalated to it and waiting on it.',
  'lmg-meeting-in-another-district': 'A case is discussed only by its own district’s Locality Management Group.',
  'lmg-meeting-not-held': 'The Locality Management Group discusses a case only at a meeting it held.',
  'lmg-discussion-not-on-meeting-date': 'The group’s discussion of a case is dated on the date its meeting was held.',
  'lmg-recommendations-missing': 'A case goes back to the hub with at least one of the group’s recommendations.',
  'move-to-same-school-and-district': 'A move takes the child to another school, another district, or both.',
  'closure-needs-met-without-review': 'A case is closed as “needs met” only after a review concluded the needs were met.',
} as const;

export type CaseRejectionCode = keyof typeof caseRules;

export interface CaseRejection {
  readonly _tag: 'CaseRejection';
  readonly code: CaseRejectionCode;
  /** The rule and the particulars of this refusal, in plain English. */
  readonly message: string;
  readonly caseId: string;
}

export const rejectCase = (code: CaseRejectionCode, caseId: string, particulars: string): CaseRejection => ({
  _tag: 'CaseRejection',
  code,
  caseId,
  message: `${particulars} ${caseRules[code]}`,
});

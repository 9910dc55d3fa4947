import { yearGroupOn, type AgreedAction, type CaseCommand, type CaseCommandOf, type CaseEvent, type CaseEventOf, type LMGMeetingReference, type MeetingReference, type RecordedMeeting, type ReferralDetails, type WithRecordedMeeting } from '@send-hub/core';

/*
 * One realistic case to build examples from: Oliver, a Year 7 pupil at a Stafford
 * secondary school on special educational needs support, primary need social,
 * emotional and mental health, referred in Autumn 1 2025/26. Examples change one
 * thing at a time from here, so each shows one rule.
 */

export const caseId = '6f1c2a9e-4b1d-4c6e-9a1f-2b7d5e8c0a11';

export const referral: ReferralDetails = {
  childReference: 'STAFFS-004217',
  district: 'stafford',
  school: '124356',
  yearGroup: 'Y7',
  senProvision: 'K',
  needs: [
    { need: 'SEMH', rank: 1 },
    { need: 'SLCN', rank: 2 },
  ],
  sex: 'M',
  ethnicity: 'WBRI',
  pupilPremium: true,
  assessPlanDoReviewCycles: 2,
  personal: {
    childName: 'Oliver Smith',
    dateOfBirth: '2014-03-12',
    narrative: 'Finds transitions between lessons very hard and has left class several times this half term.',
  },
};

/** The Stafford hub's meetings of 2025/26 by half term, and Autumn 1 of 2026/27. */
export const stafford = (halfTerm: MeetingReference['halfTerm'], academicYear = '2025/26'): MeetingReference => ({ district: 'stafford', academicYear, halfTerm });
/** The Stafford Locality Management Group's meetings by half term. */
export const staffordGroup = (halfTerm: MeetingReference['halfTerm'], academicYear = '2025/26'): LMGMeetingReference => ({ district: 'stafford', academicYear, halfTerm });
export const tamworth = (halfTerm: MeetingReference['halfTerm'], academicYear = '2025/26'): MeetingReference => ({ district: 'tamworth', academicYear, halfTerm });

export const emotionalLiteracy: AgreedAction = {
  actionId: '0b6e1f2a-7c3d-4e5f-8a9b-1c2d3e4f5a61',
  description: 'Weekly emotional literacy support sessions with a trained assistant.',
  agency: 'education',
  ownerRole: 'special educational needs coordinator',
};
export const earlyHelp: AgreedAction = {
  actionId: '0b6e1f2a-7c3d-4e5f-8a9b-1c2d3e4f5a62',
  description: 'Early help assessment with the family.',
  agency: 'social-care',
  ownerRole: 'family support worker',
};
export const speechTherapy: AgreedAction = {
  actionId: '0b6e1f2a-7c3d-4e5f-8a9b-1c2d3e4f5a63',
  description: 'Referral to the speech and language therapy service.',
  agency: 'health',
  ownerRole: 'school nurse',
};

type Fields<Type extends CaseCommand['type']> = Omit<CaseCommandOf<Type>, 'type' | 'caseId' | 'occurredOn'> & { readonly occurredOn?: string };

const command =
  <Type extends CaseCommand['type']>(type: Type, defaultDate: string) =>
  (fields: Fields<Type>): CaseCommandOf<Type> =>
    ({ caseId, occurredOn: defaultDate, ...fields, type }) as unknown as CaseCommandOf<Type>;

/** The written consent Oliver's mother gave the school three days before it referred him. */
export const parentalConsent: CaseCommandOf<'Refer'>['consent'] = { givenBy: 'parent-or-carer', form: 'written', givenOn: '2025-09-12' };

/** Commands, dated through Oliver's first year unless told otherwise. */
export const refer = (fields: Partial<Fields<'Refer'>> = {}) => command('Refer', '2025-09-15')({ referral, consent: parentalConsent, ...fields });
export const recordConsent = command('RecordConsent', '2025-09-19');
export const withdrawConsent = command('WithdrawConsent', '2025-11-20');
export const discuss = command('Discuss', '2025-10-08');
export const agreeActions = command('AgreeActions', '2025-10-08');
export const review = command('Review', '2025-12-03');
export const recordViews = command('RecordViews', '2025-10-08');
export const escalate = command('EscalateToLMG', '2025-12-03');
export const discussAtLMG = command('DiscussAtLMG', '2026-01-21');
export const close = command('Close', '2026-01-12');
/** Oliver's family moves in the Christmas holidays; he starts at his new school in January. */
export const recordMove = command('RecordMove', '2026-01-05');
/** A Tamworth secondary school, and another Stafford one. */
export const tamworthSchool = '137420';
export const otherStaffordSchool = '124399';

const eventTypes = {
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
} as const;

/** The facts of a move of Oliver from the school and district that referred him (a history with no move before it). */
const movedFromReferral = ({ type: _type, school, district, yearGroup, ...rest }: CaseCommandOf<'RecordMove'>): object => ({
  ...rest,
  from: { school: referral.school, district: referral.district },
  to: { school, district: district ?? referral.district },
  yearGroup: yearGroup ?? yearGroupOn({ yearGroup: referral.yearGroup, referredOn: '2025-09-15' }, rest.occurredOn),
});

const factsOf = (accepted: CaseCommand): object => {
  switch (accepted.type) {
    case 'RecordConsent':
      return { ...accepted, youngPersonLacksCapacity: accepted.youngPersonLacksCapacity ?? false };
    case 'Refer':
      return { ...accepted, consent: { ...accepted.consent, youngPersonLacksCapacity: accepted.consent.youngPersonLacksCapacity ?? false } };
    case 'RecordViews':
      return { ...accepted, childReference: referral.childReference };
    case 'RecordMove':
      return movedFromReferral(accepted);
    default:
      return accepted;
  }
};

/**
 * The event an accepted command records: the same facts under the event's name (consent
 * always says whether capacity was lacking; views name the child). Views that come with a
 * referral, discussion or review are events of their own: see `viewsRecorded`.
 */
export const recorded = <Command extends CaseCommand>(asked: WithRecordedMeeting<Command>): CaseEventOf<(typeof eventTypes)[Command['type']]> => {
  // What the meeting recorded is told to the decider beside the command; the event does not repeat it.
  const { recordedMeeting: _recordedMeeting, ...command } = asked;
  const accepted = command as unknown as Command;
  const withViews = factsOf(accepted) as { views?: unknown };
  const { views: _views, ...withoutViews } = withViews;
  const facts = accepted.type === 'RecordViews' ? withViews : withoutViews;
  return { ...facts, type: eventTypes[accepted.type] } as unknown as CaseEventOf<(typeof eventTypes)[Command['type']]>;
};

/** The `ViewsHeard` events of the views that came with a referral, discussion or review. */
export const viewsRecorded = (accepted: CaseCommandOf<'Refer' | 'Discuss' | 'Review'>): CaseEvent[] =>
  (accepted.views ?? []).map((heard) => ({
    type: 'ViewsHeard',
    caseId: accepted.caseId,
    occurredOn: accepted.occurredOn,
    childReference: referral.childReference,
    ...heard,
    ...('meeting' in accepted ? { meeting: accepted.meeting } : {}),
  }));

/** A command decided at a meeting, told what the meeting's own stream recorded. */
export const atMeeting = <Command extends CaseCommand>(command: Command, recordedMeeting: RecordedMeeting): WithRecordedMeeting<Command> => ({ ...command, recordedMeeting });

/** Oliver's history so far, step by step: each stage is the one before plus one step. Consent came with the referral. */
export const referred: CaseEvent[] = [recorded(refer())];
export const consented: CaseEvent[] = referred;
/** A referral recorded before consent came with it (an upcast schema version 1 event): consent is still awaited. */
export const referredWithoutConsent: CaseEvent[] = [{ ...recorded(refer()), consent: 'not-recorded-at-referral' }];
export const discussed: CaseEvent[] = [...consented, recorded(discuss({ meeting: stafford(1) }))];
export const actionsAgreed: CaseEvent[] = [...discussed, recorded(agreeActions({ meeting: stafford(1), actions: [emotionalLiteracy, earlyHelp] }))];
export const reviewedAs = (conclusion: CaseCommandOf<'Review'>['conclusion']): CaseEvent[] => [
  ...actionsAgreed,
  recorded(
    review({
      meeting: stafford(2),
      outcomes: [
        { actionId: emotionalLiteracy.actionId, outcome: conclusion === 'not-working' ? 'did-not-work' : 'worked' },
        { actionId: earlyHelp.actionId, outcome: conclusion === 'not-working' ? 'not-done' : 'partly-worked' },
      ],
      conclusion,
    }),
  ),
];
export const withdrawn: CaseEvent[] = [...actionsAgreed, recorded(withdrawConsent({ withdrawnBy: 'parent-or-carer' }))];
export const closed: CaseEvent[] = [...consented, recorded(close({ reason: 'left-the-area', occurredOn: '2025-09-30' }))];

/** Oliver's case escalated to the Stafford group after the Autumn 2 review found the strategies not working. */
export const escalatedCase: CaseEvent[] = [...reviewedAs('not-working'), recorded(escalate({ reason: 'Exclusions continue despite two terms of support.' }))];

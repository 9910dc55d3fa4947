import {
  academicYearOf,
  addDays,
  erasedPersonalData,
  staffordshireConfiguration,
  type ActionReview,
  type AgreedAction,
  type CaseCommand,
  type CaseCommandOf,
  type CaseId,
  type DistrictId,
  type HeardViews,
  type HubConfiguration,
  type ReferralConsent,
} from '@send-hub/core';
import * as fc from 'fast-check';
import { plainRecord } from './plain-record';
import { calendarDate, type DateRange } from './academic-time';
import { actionId, caseId, schoolUrn, shortText } from './identifiers';
import { lmgMeetingReference } from './lmg-meetings';
import { meetingReference } from './meetings';
import { referralDetails } from './referral-details';
import { actionOutcome, agency, closureReason, consentForm, consentGiver, districtId, lmgOutcome, nationalCurriculumYear, reviewConclusion, viewsHolder, wayViewsWereHeard } from './reference-data';
import { sampleActionDescriptions, sampleOwnerRoles } from './sample-words';

export interface CaseMessageOptions {
  /** A fixed case; by default each value gets a new case id. */
  readonly caseId?: CaseId;
  readonly configuration?: HubConfiguration;
  /** A fixed district for referrals and meetings; by default one of the configuration's. */
  readonly district?: DistrictId;
  /** Where business dates fall. */
  readonly dates?: DateRange;
  /** Whether a referral's personal fields may be erased already, as in histories read after an erasure. */
  readonly mayBeErased?: boolean;
}

const escalationReasons = [
  'Two cycles of strategies have not reduced the exclusions.',
  'Needs are beyond what the school and hub can put in place.',
  'Attendance keeps falling despite the agreed actions.',
];

/** An action agreed at a meeting, owned by a role in an agency. */
export const agreedAction = (): fc.Arbitrary<AgreedAction> =>
  plainRecord({ actionId: actionId(), description: shortText(sampleActionDescriptions), agency: agency(), ownerRole: shortText(sampleOwnerRoles) });

/** One outcome for an action, for a review. */
export const actionReview = (ids: fc.Arbitrary<string> = actionId()): fc.Arbitrary<ActionReview> =>
  plainRecord({ actionId: ids, outcome: actionOutcome() });

const lmgReasons = [
  'The hub’s strategies have not worked and the needs call for a statutory assessment.',
  'The school needs specialist advice the hub cannot give.',
  'New strategies are worth trying with the group’s advice.',
];
const lmgRecommendations = [
  'Ask the educational psychologist for a consultation with the class teacher.',
  'Try a reduced timetable for four weeks with a planned return.',
  'Bring in the specialist outreach service for advice to staff.',
];

/** The group's reason for its outcome, in plain words. */
export const lmgReason = (): fc.Arbitrary<string> => shortText(lmgReasons);
/** The group's recommendations: one to three. */
export const lmgRecommendationList = (): fc.Arbitrary<string[]> => fc.array(shortText(lmgRecommendations), { minLength: 1, maxLength: 3 });

/** Free text explaining an escalation to the Locality Management Group. */
export const escalationReason = (): fc.Arbitrary<string> => shortText(escalationReasons);

const commandOfType = <Type extends CaseCommand['type'], Fields>(type: Type, options: CaseMessageOptions, fields: fc.Arbitrary<Fields>) =>
  fc
    .tuple(options.caseId === undefined ? caseId() : fc.constant(options.caseId), calendarDate(options.dates), fields)
    .map(([id, occurredOn, rest]) => ({ type, caseId: id, occurredOn, ...rest }));

const meetingOf = (options: CaseMessageOptions) =>
  meetingReference({ configuration: options.configuration ?? staffordshireConfiguration, ...(options.district === undefined ? {} : { district: options.district }) });

const viewsSaid = [
  'I want somewhere quiet to go when lessons get loud.',
  'Mornings are hardest; the bus worries him.',
  'I like art and want more of it.',
  'We would like to be asked before anything changes.',
];

/** Views heard: whose, how and what was said (personal data; erased already when `mayBeErased` allows it). */
export const heardViews = (options: Pick<CaseMessageOptions, 'mayBeErased'> = {}): fc.Arbitrary<HeardViews> =>
  plainRecord({
    whose: viewsHolder(),
    how: wayViewsWereHeard(),
    views: options.mayBeErased === true ? fc.oneof({ weight: 4, arbitrary: shortText(viewsSaid) }, { weight: 1, arbitrary: fc.constant(erasedPersonalData) }) : shortText(viewsSaid),
  });

/** Views that may come with a referral, a discussion or a review: none, or a few. */
const viewsThatMayCome = (options: CaseMessageOptions): fc.Arbitrary<{ views?: HeardViews[] }> =>
  fc.option(fc.array(heardViews(options), { minLength: 0, maxLength: 2 }), { nil: undefined }).map((views) => (views === undefined ? {} : { views }));

/** Consent given up to 30 days before `referredOn` (or on the day), by either person: valid as data, not checked against the year group. */
export const referralConsent = (referredOn: string): fc.Arbitrary<ReferralConsent> =>
  plainRecord(
    { givenBy: consentGiver(), form: consentForm(), givenOn: fc.nat({ max: 30 }).map((days) => addDays(referredOn, -days)), youngPersonLacksCapacity: fc.boolean() },
    { requiredKeys: ['givenBy', 'form', 'givenOn'] },
  );

/** A referral whose child's date of birth fits the year group in the academic year of the referral, with consent given on or before it. */
export const referCommand = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseCommandOf<'Refer'>> =>
  fc
    .tuple(options.caseId === undefined ? caseId() : fc.constant(options.caseId), calendarDate(options.dates))
    .chain(([id, occurredOn]) =>
      fc
        .tuple(referralDetails({ ...options, academicYear: academicYearOf(occurredOn) }), referralConsent(occurredOn), viewsThatMayCome(options))
        .map(([referral, consent, views]) => ({ type: 'Refer' as const, caseId: id, occurredOn, referral, consent, ...views })),
    );

export const recordViewsCommand = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseCommandOf<'RecordViews'>> =>
  commandOfType(
    'RecordViews',
    options,
    fc.tuple(heardViews(options), fc.option(meetingOf(options), { nil: undefined })).map(([heard, meeting]) => ({ ...heard, ...(meeting === undefined ? {} : { meeting }) })),
  );

export const recordConsentCommand = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseCommandOf<'RecordConsent'>> =>
  commandOfType(
    'RecordConsent',
    options,
    plainRecord({ givenBy: consentGiver(), form: consentForm(), youngPersonLacksCapacity: fc.boolean() }, { requiredKeys: ['givenBy', 'form'] }),
  );

export const withdrawConsentCommand = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseCommandOf<'WithdrawConsent'>> =>
  commandOfType('WithdrawConsent', options, plainRecord({ withdrawnBy: consentGiver() }));

export const discussCommand = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseCommandOf<'Discuss'>> =>
  commandOfType('Discuss', options, fc.tuple(plainRecord({ meeting: meetingOf(options) }), viewsThatMayCome(options)).map(([fields, views]) => ({ ...fields, ...views })));

export const agreeActionsCommand = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseCommandOf<'AgreeActions'>> =>
  commandOfType('AgreeActions', options, plainRecord({ meeting: meetingOf(options), actions: fc.array(agreedAction(), { minLength: 0, maxLength: 4 }) }));

export const reviewCommand = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseCommandOf<'Review'>> =>
  commandOfType(
    'Review',
    options,
    fc
      .tuple(plainRecord({ meeting: meetingOf(options), outcomes: fc.array(actionReview(), { minLength: 0, maxLength: 4 }), conclusion: reviewConclusion() }), viewsThatMayCome(options))
      .map(([fields, views]) => ({ ...fields, ...views })),
  );

export const escalateToLMGCommand = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseCommandOf<'EscalateToLMG'>> =>
  commandOfType('EscalateToLMG', options, plainRecord({ reason: escalationReason() }));

export const discussAtLMGCommand = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseCommandOf<'DiscussAtLMG'>> =>
  commandOfType(
    'DiscussAtLMG',
    options,
    plainRecord({
      meeting: lmgMeetingReference({ configuration: options.configuration ?? staffordshireConfiguration, ...(options.district === undefined ? {} : { district: options.district }) }),
      outcome: lmgOutcome(),
      reason: lmgReason(),
      recommendations: fc.array(shortText(lmgRecommendations), { maxLength: 3 }),
    }),
  );

/** A move to any school, now and then with a district (one of the configuration's) and a year group: valid as data, not checked against the case. */
export const recordMoveCommand = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseCommandOf<'RecordMove'>> =>
  commandOfType(
    'RecordMove',
    options,
    plainRecord(
      { school: schoolUrn(), district: options.district === undefined ? districtId(options.configuration ?? staffordshireConfiguration) : fc.constant(options.district), yearGroup: nationalCurriculumYear() },
      { requiredKeys: ['school'] },
    ),
  );

export const closeCommand = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseCommandOf<'Close'>> =>
  commandOfType('Close', options, plainRecord({ reason: closureReason() }));

/** Any decodable case command: each type equally likely, its data not checked against any case's state. */
export const caseCommand = (options: CaseMessageOptions = {}): fc.Arbitrary<CaseCommand> =>
  fc.oneof(
    referCommand(options),
    recordConsentCommand(options),
    withdrawConsentCommand(options),
    discussCommand(options),
    agreeActionsCommand(options),
    reviewCommand(options),
    recordViewsCommand(options),
    escalateToLMGCommand(options),
    discussAtLMGCommand(options),
    recordMoveCommand(options),
    closeCommand(options),
  );

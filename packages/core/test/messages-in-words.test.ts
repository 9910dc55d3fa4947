import {
  actionOutcomes,
  agencies,
  caseDecider,
  caseRules,
  checkAtHeldLMGMeeting,
  recordedLMGMeetingOf,
  createLMGMeetingDecider,
  childDecider,
  initialLMGMeetingState,
  closureReasons,
  consentForms,
  consentGivers,
  fold,
  lmgMeetingDecider,
  lmgMeetingRules,
  meetingDecider,
  meetingRules,
  nationalCurriculumYears,
  reviewConclusions,
  staffordshireConfiguration,
  viewsHolders,
  waysViewsWereHeard,
  type CaseCommand,
  type CaseEvent,
  type LMGMeetingCommand,
  type LMGMeetingEvent,
  type MeetingCommand,
  type MeetingEvent,
} from '@send-hub/core';
import { either as E } from 'fp-ts';
import { caseRuleExamples } from './support/case-rule-examples';
import { actionsAgreed, agreeActions, caseId, discuss, discussed, emotionalLiteracy, recordConsent, recorded, recordMove, refer, referral, referred, referredWithoutConsent, review, stafford, staffordGroup, tamworth, tamworthSchool, withdrawConsent } from './support/staffordshire-case';

/*
 * Every message a person reads names districts, year groups, half terms and meetings in
 * words: "Cannock Chase", "Year 12", "the Autumn 1 2025/26 meeting". This test produces
 * every rejection of the case, hub meeting and group meeting deciders (and more than one
 * way to reach some) and looks in each for a code that leaked, or a date written as data
 * ("2025-09-16") where a person reads "16 September 2025".
 */

const districtIds = staffordshireConfiguration.districts.map((district) => district.id);
const rawCodes = [
  ...consentGivers.codes,
  ...consentForms.codes,
  ...closureReasons.codes,
  ...reviewConclusions.codes,
  ...actionOutcomes.codes,
  ...agencies.codes,
  ...viewsHolders.codes,
  ...waysViewsWereHeard.codes,
].filter((code) => code.includes('-'));

/** What a message shows that a person should not have to decode; empty when it is all words. */
export const leakedCodes = (message: string): string[] => {
  // Quoted text is the value a person gave (an unknown district, say): the refusal names it as given. Ids are identifiers, not codes.
  const words = message.replace(/“[^”]*”/g, '“…”').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'an id');
  const leaks: string[] = [];
  for (const id of districtIds) if (new RegExp(`(^|[^A-Za-z-])${id}([^A-Za-z-]|$)`).test(words)) leaks.push(`the district id ${id}`);
  for (const code of rawCodes) if (words.includes(code)) leaks.push(`the code ${code}`);
  for (const match of words.match(/\b(Y\d+|N[12]|R)\b/g) ?? []) leaks.push(`the year group code ${match}`);
  for (const match of words.match(/\b[a-z]+(?:-[a-z]+)+\b/g) ?? []) leaks.push(`the hyphenated code ${match}`);
  for (const match of words.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []) leaks.push(`the field name ${match}`);
  for (const match of words.match(/\b[A-Z][a-z]+(?:[A-Z][a-z]*)+\b/g) ?? []) leaks.push(`the type name ${match}`);
  for (const match of words.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []) leaks.push(`the date as written in data ${match}`);
  for (const match of words.match(/\b(SPLD|MLD|SLD|PMLD|SEMH|SLCN|HI|VI|MSI|PD|ASD|OTH|NSA|LMG|EPDO)\b/g) ?? []) leaks.push(`the abbreviation ${match}`);
  return leaks;
};

const caseRejection = (given: ReadonlyArray<CaseEvent>, when: CaseCommand): string => {
  const decision = caseDecider.decide(when, fold(caseDecider.evolve, caseDecider.initialState, given));
  if (E.isRight(decision)) throw new Error(`Expected a refusal of ${when.type}.`);
  return decision.left.message;
};

const meetingRejection = (given: ReadonlyArray<MeetingEvent>, when: MeetingCommand): string => {
  const decision = meetingDecider.decide(when, fold(meetingDecider.evolve, meetingDecider.initialState, given));
  if (E.isRight(decision)) throw new Error(`Expected a refusal of ${when.type}.`);
  return decision.left.message;
};

const groupMeetingDecision = (given: ReadonlyArray<LMGMeetingEvent>, when: LMGMeetingCommand, monthly = false): string => {
  const decider = monthly ? createLMGMeetingDecider({ ...staffordshireConfiguration, localityManagementGroup: { cadence: 'monthly' } }) : lmgMeetingDecider;
  const decision = decider.decide(when, fold(decider.evolve, decider.initialState, given));
  if (E.isRight(decision)) throw new Error(`Expected a refusal of ${when.type}.`);
  return decision.left.message;
};

const attendance = [{ agency: 'education' as const, role: 'special educational needs coordinator' }];
const held: MeetingEvent = { type: 'MeetingHeld', meeting: stafford(1), heldOn: '2025-10-08', attendance };
const year12 = { ...referral, yearGroup: 'Y12' as const };
const needsWith = (senProvision: 'E' | 'K' | 'N', needs: ReadonlyArray<{ need: 'SEMH' | 'NSA' | 'ASD'; rank: 1 | 2 }>) => refer({ referral: { ...referral, senProvision, needs: [...needs] } });

const groupMeetingRejection = (occurredOn: string, held: boolean): string => {
  const meeting = staffordGroup(3);
  const state = held ? { status: 'held' as const, meeting, on: '2026-01-21', themes: [] } : initialLMGMeetingState;
  const checked = checkAtHeldLMGMeeting(staffordshireConfiguration, caseId, meeting, occurredOn, recordedLMGMeetingOf(state, meeting));
  if (E.isRight(checked)) throw new Error('Expected a refusal of DiscussAtLMG.');
  return checked.left.message;
};

const recordGroup: LMGMeetingCommand = { type: 'RecordLMGMeeting', meeting: staffordGroup(3), heldOn: '2026-01-21', attendance };
const groupHeld: LMGMeetingEvent = { ...recordGroup, type: 'LMGMeetingHeld' };
const groupThemes: LMGMeetingCommand = { type: 'RecordLMGThemes', meeting: staffordGroup(3), themes: ['Long waits for speech and language therapy.'] };
const decemberGroup = { district: 'stafford', academicYear: '2025/26', month: 12 };

/** A second referral of Oliver while his Stafford case is open. */
const childRejection = (): string => {
  const casesStarted = new Map([[caseId, fold(caseDecider.evolve, caseDecider.initialState, referred)]]);
  const started = { referrals: [{ caseId, startedOn: '2025-09-15' }] };
  const decision = childDecider.decide({ type: 'StartReferral', childReference: referral.childReference, caseId: '3d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d', occurredOn: '2026-02-02', casesStarted }, started);
  if (E.isRight(decision)) throw new Error('Expected a refusal of the second referral.');
  return decision.left.message;
};

const rejections: ReadonlyArray<readonly [string, string]> = [
  ...Object.entries(caseRuleExamples).map(([code, { refused }]) => [code, caseRejection(refused.given, refused.when)] as const),
  ['needs-invalid, a need twice', caseRejection([], needsWith('K', [{ need: 'SEMH', rank: 1 }, { need: 'SEMH', rank: 2 }]))],
  ['needs-invalid, no specialist assessment with a plan', caseRejection([], needsWith('E', [{ need: 'NSA', rank: 1 }]))],
  ['consent-from-wrong-person, Year 12', caseRejection([{ ...referredWithoutConsent[0]!, referral: year12 } as CaseEvent], recordConsent({ givenBy: 'parent-or-carer', form: 'written' }))],
  ['consent-from-wrong-person, at referral', caseRejection([], refer({ referral: year12, consent: { givenBy: 'parent-or-carer', form: 'written', givenOn: '2025-09-12' } }))],
  ['meeting-in-another-district, Newcastle-under-Lyme', caseRejection(discussed, agreeActions({ meeting: { ...tamworth(1), district: 'newcastle-under-lyme' }, actions: [emotionalLiteracy] }))],
  ['actions-not-at-discussion-meeting, another meeting', caseRejection(discussed, agreeActions({ meeting: stafford(2), actions: [emotionalLiteracy], occurredOn: '2025-12-03' }))],
  ['consent-required, withdrawn', caseRejection([...discussed, { type: 'ConsentWithdrawn', caseId: discussed[0]!.caseId, occurredOn: '2025-10-09', withdrawnBy: 'young-person' }], review({ meeting: stafford(2), outcomes: [], conclusion: 'not-working' }))],
  ['consent-not-given, twice', caseRejection([...discussed, { type: 'ConsentWithdrawn', caseId: discussed[0]!.caseId, occurredOn: '2025-10-09', withdrawnBy: 'parent-or-carer' }], withdrawConsent({ withdrawnBy: 'parent-or-carer' }))],
  ['already-discussed, moved with actions outstanding', caseRejection([...actionsAgreed, recorded(recordMove({ school: tamworthSchool, district: 'tamworth', occurredOn: '2025-11-03' }))], discuss({ meeting: tamworth(2), occurredOn: '2025-12-03' }))],
  ['move-to-same-school-and-district, after a move', caseRejection([...discussed, recorded(recordMove({ school: tamworthSchool, district: 'newcastle-under-lyme', occurredOn: '2025-11-03' }))], recordMove({ school: tamworthSchool, district: 'newcastle-under-lyme', occurredOn: '2025-11-04' }))],
  ['meeting-already-recorded', meetingRejection([held], { type: 'CancelMeeting', meeting: stafford(1), cancelledOn: '2025-10-09', reason: 'Snow.' })],
  ['meeting district-unknown', meetingRejection([], { type: 'RecordMeeting', meeting: { ...stafford(1), district: 'wolverhampton' }, heldOn: '2025-10-08', attendance })],
  ['meeting-date-outside-academic-year', meetingRejection([], { type: 'RecordMeeting', meeting: stafford(6), heldOn: '2026-09-01', attendance })],
  ['lmg-meeting-not-held', groupMeetingRejection('2026-01-21', false)],
  ['child-has-open-case', childRejection()],
  ['lmg-discussion-not-on-meeting-date', groupMeetingRejection('2026-01-22', true)],
  ['meeting-date-outside-half-term', meetingRejection([], { type: 'RecordMeeting', meeting: stafford(1), heldOn: '2026-05-12', attendance })],
  ['group meeting lmg-meeting-already-recorded', groupMeetingDecision([groupHeld], { type: 'CancelLMGMeeting', meeting: staffordGroup(3), cancelledOn: '2026-01-22', reason: 'Snow.' })],
  ['group meeting district-unknown', groupMeetingDecision([], { ...recordGroup, meeting: { ...staffordGroup(3), district: 'wolverhampton' } })],
  ['group meeting lmg-meeting-off-cadence', groupMeetingDecision([], { ...recordGroup, meeting: decemberGroup, heldOn: '2025-12-10' })],
  ['group meeting lmg-meeting-date-outside-period, another academic year', groupMeetingDecision([], { ...recordGroup, heldOn: '2026-09-07' })],
  ['group meeting lmg-meeting-date-outside-period, another half term', groupMeetingDecision([], { ...recordGroup, heldOn: '2026-03-02' })],
  ['group meeting lmg-meeting-date-outside-period, a holiday', groupMeetingDecision([], { ...recordGroup, heldOn: '2026-02-16' })],
  ['group meeting lmg-meeting-date-outside-period, another month', groupMeetingDecision([], { ...recordGroup, meeting: decemberGroup, heldOn: '2026-01-07' }, true)],
  ['group meeting lmg-meeting-date-outside-period, a holiday in the month', groupMeetingDecision([], { ...recordGroup, meeting: decemberGroup, heldOn: '2025-12-23' }, true)],
  ['group meeting no-attendance', groupMeetingDecision([], { ...recordGroup, attendance: [] })],
  ['group meeting themes-at-meeting-not-held', groupMeetingDecision([], groupThemes)],
  ['group meeting themes-invalid', groupMeetingDecision([groupHeld, { ...groupThemes, type: 'LMGThemesRecorded' } as LMGMeetingEvent], groupThemes)],
  ['no-attendance', meetingRejection([], { type: 'RecordMeeting', meeting: stafford(1), heldOn: '2025-10-08', attendance: [] })],
];

describe('every rejection a person reads', () => {
  it('covers every rule of the case, hub meeting and group meeting deciders', () => {
    const covered = new Set(rejections.map(([what]) => what.split(',')[0]?.replace(/^meeting /, '')));
    for (const code of [...Object.keys(caseRules), ...Object.keys(meetingRules)]) expect(covered).toContain(code);
    const coveredForGroups = new Set(rejections.map(([what]) => what.split(',')[0]).filter((what) => what?.startsWith('group meeting ')).map((what) => what?.replace(/^group meeting /, '')));
    for (const code of Object.keys(lmgMeetingRules)) expect(coveredForGroups).toContain(code);
  });

  it.each(rejections)('names things in words: %s', (_what, message) => {
    expect(leakedCodes(message)).toEqual([]);
  });

  it('names the year group, the districts and the meeting as a person says them', () => {
    const messages = rejections.map(([, message]) => message).join('\n');
    expect(messages).toContain('Year 12');
    expect(messages).toContain('the Stafford hub, not the Tamworth hub');
    expect(messages).toContain('not the Newcastle-under-Lyme hub');
    expect(messages).toContain('the Stafford hub meeting of Autumn 2 2025/26');
    expect(messages).toContain('The date 14 September 2025 is before 15 September 2025');
    expect(messages).toContain('in the holiday after Autumn 2 2025/26, which ended on 19 December 2025');
    expect(messages).toContain('referred on 15 September 2025 to the Stafford hub');
  });
});

describe('the check for leaked codes', () => {
  it.each([
    ['The case belongs to cannock-chase, not newcastle-under-lyme.', 'the district id cannock-chase'],
    ['Consent must come from a child in Y12.', 'the year group code Y12'],
    ['Consent was recorded from parent-or-carer.', 'the code parent-or-carer'],
    ['The RecordConsent command was refused.', 'the type name RecordConsent'],
    ['The yearGroup is wrong.', 'the field name yearGroup'],
    ['The need SEMH is named twice.', 'the abbreviation SEMH'],
    ['The consent is dated 2025-09-16, after the referral.', 'the date as written in data 2025-09-16'],
  ])('finds one in %j', (message, leak) => {
    expect(leakedCodes(message)).toContain(leak);
  });

  it('lets words through', () => {
    expect(leakedCodes(`The case belongs to the Newcastle-under-Lyme hub, not the Cannock Chase hub; ${nationalCurriculumYears.label('Y12')}.`)).toEqual([]);
  });
});

import {
  addDays,
  caseDecider,
  defaultHalfTermCalendar,
  halfTermOfDate,
  halfTermStartDate,
  consentGiverOn,
  nextTerm,
  termOrdinal,
  type AcademicTerm,
  type Agency,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type ReferralDetails,
} from '@send-hub/core';
import * as fc from 'fast-check';

/**
 * Case histories made by driving the real case decider: each step proposes the command
 * a hub would plausibly take next, and only what the decider accepts becomes history.
 * Several cases share a small pool of child references, so re-referrals are common.
 */

const uuid = (kind: number, index: number): string => `00000000-0000-4000-8000-${kind.toString(16).padStart(4, '0')}${index.toString(16).padStart(8, '0')}`;

const referralArbitrary = (districts: ReadonlyArray<string>, childPool: number): fc.Arbitrary<Omit<ReferralDetails, 'personal'> & { name: string }> =>
  fc.record({
    childReference: fc.integer({ min: 0, max: childPool - 1 }).map((index) => `child-${index}`),
    district: fc.constantFrom(...districts),
    school: fc.constantFrom('123456', '654321', '111111'),
    yearGroup: fc.constantFrom('R' as const, 'Y2' as const, 'Y5' as const, 'Y8' as const, 'Y10' as const, 'Y12' as const),
    senProvision: fc.constantFrom('E' as const, 'K' as const, 'N' as const),
    needs: fc.constantFrom(
      [{ need: 'SEMH' as const, rank: 1 as const }],
      [{ need: 'ASD' as const, rank: 1 as const }, { need: 'SLCN' as const, rank: 2 as const }],
      [{ need: 'MLD' as const, rank: 1 as const }],
      [{ need: 'HI' as const, rank: 1 as const }],
      [{ need: 'OTH' as const, rank: 1 as const }],
    ),
    sex: fc.constantFrom('M' as const, 'F' as const, 'U' as const),
    ethnicity: fc.constantFrom('WBRI' as const, 'MWBC' as const, 'APKN' as const, 'BAFR' as const, 'CHNE' as const, 'REFU' as const),
    pupilPremium: fc.boolean(),
    assessPlanDoReviewCycles: fc.integer({ min: 0, max: 4 }),
    name: fc.constantFrom('Alex', 'Sam', 'Jordan', 'Priya', 'Kai'),
  });

const stepArbitrary = fc.record({ gap: fc.integer({ min: 0, max: 50 }), choice: fc.nat(99), size: fc.integer({ min: 1, max: 3 }) });

const caseArbitrary = (districts: ReadonlyArray<string>, childPool: number) =>
  fc.record({
    referral: referralArbitrary(districts, childPool),
    referredOn: fc.integer({ min: 0, max: 500 }).map((days) => addDays('2024-09-02', days)),
    steps: fc.array(stepArbitrary, { maxLength: 12 }),
  });

type Step = { readonly gap: number; readonly choice: number; readonly size: number };
type Open = Extract<CaseState, { status: 'open' | 'closed' }>;

const outcomesFor = ['worked', 'partly-worked', 'did-not-work', 'not-done'] as const;
const conclusions = ['needs-met', 'continue-with-new-actions', 'not-working'] as const;
const owners: ReadonlyArray<readonly [Agency, string]> = [
  ['education', 'special educational needs coordinator'],
  ['health', 'school nurse'],
  ['social-care', 'family support worker'],
  ['education', 'class teacher'],
];

/** The command a hub would plausibly take next for a case in this state, on this date. */
const nextCommand = (state: Open, step: Step, date: string, actionCounter: { next: number }): CaseCommand => {
  const base = { caseId: state.caseId, occurredOn: date };
  const termOfDate = halfTermOfDate(defaultHalfTermCalendar, date);
  const meetingAt = (term: AcademicTerm) => ({ district: state.district, ...term });
  if (step.choice < 4) return { type: 'Close', ...base, reason: step.choice < 2 ? 'left-the-area' : 'other' };
  if (state.consent !== 'given') {
    const youngPerson = consentGiverOn(state, date, false) === 'young-person';
    return { type: 'RecordConsent', ...base, givenBy: youngPerson ? 'young-person' : 'parent-or-carer', form: step.choice % 2 === 0 ? 'written' : 'verbal' };
  }
  if (step.choice < 7) return { type: 'WithdrawConsent', ...base, withdrawnBy: consentGiverOn(state, date, false) === 'young-person' ? 'young-person' : 'parent-or-carer' };
  const agree = (): CaseCommand => ({
    type: 'AgreeActions',
    ...base,
    meeting: state.lastMeeting ?? meetingAt(termOfDate),
    actions: Array.from({ length: step.size }, (_unused, index) => {
      const [agency, ownerRole] = owners[(step.choice + index) % owners.length] ?? owners[0]!;
      actionCounter.next += 1;
      return { actionId: uuid(2, actionCounter.next), description: `Support strategy ${actionCounter.next}`, agency, ownerRole };
    }),
  });
  switch (state.stage) {
    case 'awaiting-first-discussion':
    case 'returned-to-hub':
      return { type: 'Discuss', ...base, meeting: meetingAt(termOfDate) };
    case 'discussed':
      return agree();
    case 'actions-agreed': {
      const agreedAt = state.actionsAgreedAt ?? termOfDate;
      const term = termOrdinal(termOfDate) > termOrdinal(agreedAt) ? termOfDate : nextTerm(agreedAt);
      const reviewDate = term === termOfDate ? date : addDays(halfTermStartDate(defaultHalfTermCalendar, term), step.gap % 10);
      return {
        type: 'Review',
        caseId: state.caseId,
        occurredOn: reviewDate,
        meeting: meetingAt(term),
        outcomes: state.outstandingActions.map((action, index) => ({ actionId: action.actionId, outcome: outcomesFor[(step.choice + index) % 4] ?? 'worked' })),
        conclusion: conclusions[step.choice % 3] ?? 'needs-met',
      };
    }
    case 'reviewed':
      if (state.lastConclusion === 'needs-met') return { type: 'Close', ...base, reason: 'needs-met' };
      if (state.lastConclusion === 'not-working' && step.choice % 4 !== 0) return { type: 'EscalateToLMG', ...base, reason: 'Strategies have not worked.' };
      return agree();
    case 'escalated':
      return { type: 'Close', ...base, reason: 'passed-to-locality-management-group' };
  }
};

/** Drives the decider through a case's steps; returns the events it accepted. */
const caseHistory = (caseId: string, plan: { referral: Omit<ReferralDetails, 'personal'> & { name: string }; referredOn: string; steps: ReadonlyArray<Step> }, actionCounter: { next: number }): CaseEvent[] => {
  const { name, ...codes } = plan.referral;
  const refer: CaseCommand = {
    type: 'Refer',
    caseId,
    occurredOn: plan.referredOn,
    referral: { ...codes, personal: { childName: name, dateOfBirth: '2014-05-01', narrative: 'Finds transitions hard.' } },
    consent: { givenBy: consentGiverOn({ yearGroup: codes.yearGroup, referredOn: plan.referredOn }, plan.referredOn, false), form: 'verbal', givenOn: plan.referredOn },
  };
  const events: CaseEvent[] = [];
  let state: CaseState = caseDecider.initialState;
  let date = plan.referredOn;
  const take = (command: CaseCommand) => {
    const decision = caseDecider.decide(command, state);
    if (decision._tag === 'Left') return;
    for (const event of decision.right) {
      events.push(event);
      state = caseDecider.evolve(state, event);
      if (event.occurredOn > date) date = event.occurredOn;
    }
  };
  take(refer);
  for (const step of plan.steps) {
    if (state.status !== 'open') break;
    date = addDays(date, step.gap);
    take(nextCommand(state, step, date, actionCounter));
  }
  return events;
};

/** The events of several cases, each case's in its own order. */
export const drivenCaseEvents = (districts: ReadonlyArray<string>, maxCases: number): fc.Arbitrary<CaseEvent[]> =>
  fc.array(caseArbitrary(districts, 6), { minLength: 1, maxLength: maxCases }).map((cases) => {
    const actionCounter = { next: 0 };
    return cases.flatMap((plan, index) => caseHistory(uuid(1, index), plan, actionCounter));
  });

import {
  addDays,
  caseDecider,
  fold,
  defaultHalfTermCalendar,
  halfTermOfDate,
  halfTermStartDate,
  consentGiverOn,
  isWithinHalfTerm,
  meetingStreamId,
  nextTerm,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type MeetingReference,
  type ReferralDetails,
  type ReferredCase,
} from '@send-hub/core';
import * as fc from 'fast-check';
import type { HubWriter } from './hub-writer';

/** One child's journey as a seed: the referral's codes and a list of choices, each turned into a command when the time comes. */
export interface CaseScript {
  readonly referral: ReferralDetails;
  readonly referredOn: string;
  readonly choices: ReadonlyArray<number>;
}

const caseScript = (children: number): fc.Arbitrary<CaseScript> =>
  fc
    .record({
      child: fc.nat(children - 1),
      district: fc.constantFrom('tamworth', 'lichfield'),
      yearGroup: fc.constantFrom('R' as const, 'Y4' as const, 'Y9' as const, 'Y12' as const),
      senProvision: fc.constantFrom('E' as const, 'K' as const, 'N' as const),
      need: fc.constantFrom('SEMH' as const, 'ASD' as const, 'MLD' as const, 'SLCN' as const),
      sex: fc.constantFrom('M' as const, 'F' as const),
      ethnicity: fc.constantFrom('WBRI' as const, 'BAFR' as const, 'CHNE' as const, 'NOBT' as const),
      pupilPremium: fc.boolean(),
      startDay: fc.nat(400),
      birthDay: fc.nat(6000),
      choices: fc.array(fc.nat(99), { maxLength: 9 }),
    })
    .map(({ child, startDay, birthDay, choices, need, ...codes }) => ({
      referral: {
        ...codes,
        childReference: `child-${child}`,
        school: '123456',
        needs: [{ need, rank: 1 as const }],
        assessPlanDoReviewCycles: 1,
        personal: { childName: `Child number ${child}`, dateOfBirth: addDays('2006-01-01', birthDay), narrative: 'Struggles with change.' },
      },
      referredOn: addDays('2024-09-02', startDay),
      choices,
    }));

/** Cases of distinct children: all are referred before any closes, and a child has one open case at a time (decision 40). */
export const historyArbitrary = (maxCases = 5): fc.Arbitrary<ReadonlyArray<CaseScript>> =>
  fc.uniqueArray(caseScript(8), { selector: (script) => script.referral.childReference, minLength: 1, maxLength: maxCases });

const meetingOf = (state: ReferredCase, date: string): MeetingReference => ({ district: state.district, ...halfTermOfDate(defaultHalfTermCalendar, date) });

/** The command a hub would plausibly take next for an open case, and the business date it moves the case to. */
const nextCommand = (state: ReferredCase, choice: number, date: string, actionIds: () => string): { command: CaseCommand; date: string } => {
  const base = { caseId: state.caseId, occurredOn: date };
  const giver = consentGiverOn(state, date, false);
  const agree = (): CaseCommand => ({
    type: 'AgreeActions',
    ...base,
    meeting: state.lastMeeting ?? meetingOf(state, date),
    actions: Array.from({ length: 1 + (choice % 2) }, () => ({ actionId: actionIds(), description: 'Agreed support strategy', agency: 'education' as const, ownerRole: 'class teacher' })),
  });
  if (choice < 5) return { command: { type: 'Close', ...base, reason: 'left-the-area' }, date };
  if (state.consent !== 'given') return { command: { type: 'RecordConsent', ...base, givenBy: giver, form: choice % 2 === 0 ? 'written' : 'verbal' }, date };
  if (choice > 94) return { command: { type: 'WithdrawConsent', ...base, withdrawnBy: giver }, date };
  switch (state.stage) {
    case 'awaiting-first-discussion':
    case 'returned-to-hub':
      return { command: { type: 'Discuss', ...base, meeting: meetingOf(state, date) }, date };
    case 'discussed':
      return { command: agree(), date };
    case 'actions-agreed': {
      const term = nextTerm(state.actionsAgreedAt ?? meetingOf(state, date));
      const start = halfTermStartDate(defaultHalfTermCalendar, term);
      const reviewedOn = start > date ? start : date;
      const conclusion = (['needs-met', 'continue-with-new-actions', 'not-working'] as const)[choice % 3] ?? 'needs-met';
      const outcomes = state.outstandingActions.map((action) => ({ actionId: action.actionId, outcome: conclusion === 'not-working' ? ('did-not-work' as const) : ('worked' as const) }));
      return { command: { type: 'Review', caseId: state.caseId, occurredOn: reviewedOn, meeting: { district: state.district, ...term }, outcomes, conclusion }, date: reviewedOn };
    }
    case 'reviewed':
      if (state.lastConclusion === 'needs-met') return { command: { type: 'Close', ...base, reason: 'needs-met' }, date };
      if (state.lastConclusion === 'not-working' && choice % 2 === 0) return { command: { type: 'EscalateToLMG', ...base, reason: 'Strategies have not worked.' }, date };
      return { command: agree(), date };
    case 'escalated':
      return { command: { type: 'Close', ...base, reason: 'passed-to-locality-management-group' }, date };
  }
};

const caseIdOf = (index: number): string => `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

/**
 * Writes the scripts through the real command handlers, one step of each open case
 * per round, so the global order interleaves cases. Each event is recorded at noon of
 * its business date. Returns how many events were written.
 */
export const writeHistory = async (hub: HubWriter, scripts: ReadonlyArray<CaseScript>): Promise<number> => {
  let actions = 0;
  const actionIds = () => `a0000000-0000-4000-8000-${(actions += 1).toString(16).padStart(12, '0')}`;
  let written = 0;
  const meetingDays = new Map<string, string>();
  const record = async (asked: CaseCommand, state?: CaseState): Promise<ReadonlyArray<CaseEvent>> => {
    let command = asked;
    if ('meeting' in command && command.meeting !== undefined && command.type !== 'DiscussAtLMG') {
      const streamId = meetingStreamId(command.meeting);
      let heldOn = meetingDays.get(streamId);
      if (heldOn === undefined) {
        // The first time a meeting is named, it is recorded as held that day, as a hub officer would; a day outside its half term waits for a later round.
        if (!isWithinHalfTerm(defaultHalfTermCalendar, command.meeting, command.occurredOn)) return [];
        heldOn = command.occurredOn;
        meetingDays.set(streamId, heldOn);
        await hub.meeting({ type: 'RecordMeeting', meeting: command.meeting, heldOn, attendance: [{ agency: 'health', role: 'school nurse' }] }, `${heldOn}T17:00:00.000Z`);
        written += 1;
      }
      // A decision at a meeting is dated on its day; one that would go back before the case's last event waits.
      if (state !== undefined && state.status !== 'not-referred' && heldOn < state.lastOccurredOn) return [];
      command = { ...command, occurredOn: heldOn };
    }
    const events = await hub.case(command, `${command.occurredOn}T12:00:00.000Z`);
    written += events.length;
    return events;
  };
  const cases: Array<{ script: CaseScript; state: CaseState; date: string; step: number }> = [];
  for (const [index, script] of scripts.entries()) {
    const givenBy = consentGiverOn({ yearGroup: script.referral.yearGroup, referredOn: script.referredOn }, script.referredOn, false);
    const refer: CaseCommand = { type: 'Refer', caseId: caseIdOf(index), occurredOn: script.referredOn, referral: script.referral, consent: { givenBy, form: 'written', givenOn: script.referredOn } };
    cases.push({ script, state: fold(caseDecider.evolve, caseDecider.initialState, await record(refer)), date: script.referredOn, step: 0 });
  }
  for (let active = cases; active.length > 0; active = active.filter((entry) => entry.state.status === 'open' && entry.step < entry.script.choices.length)) {
    for (const entry of active) {
      const choice = entry.script.choices[entry.step] ?? 0;
      entry.step += 1;
      if (entry.state.status !== 'open') continue;
      const next = nextCommand(entry.state, choice, addDays(entry.date, choice % 20), actionIds);
      entry.state = fold(caseDecider.evolve, entry.state, await record(next.command, entry.state));
      // A decision dated on its meeting's day may move the case past the date planned.
      const last = entry.state.status === 'not-referred' ? next.date : entry.state.lastOccurredOn;
      entry.date = last > next.date ? last : next.date;
    }
  }
  return written;
};

import {
  addDays,
  defaultHalfTermCalendar,
  halfTermOfDate,
  meetingNamedBy,
  staffordshireConfiguration,
  type AcademicTerm,
  type CaseCommand,
  type HubConfiguration,
  type MeetingReference,
  type WithRecordedMeeting,
} from '@send-hub/core';
import * as fc from 'fast-check';
import { plainRecord } from './plain-record';
import { termsAfter } from './academic-time';
import { followUpsOf } from './case-command-follow-ups';
import { mutatedCaseCommand } from './case-command-mutations';
import { actionReview, agreedAction, closeCommand, discussAtLMGCommand, escalateToLMGCommand, recordViewsCommand, referCommand, withdrawConsentCommand } from './case-commands';
import type { CaseJourneyOptions } from './case-journey-options';
import { validCaseJourney } from './case-journey';
import { actionId, schoolUrn } from './identifiers';
import { invalidRankedNeeds } from './ranked-needs';
import { anyDistrictId, consentForm, consentGiver, districtId, nationalCurriculumYear, reviewConclusion } from './reference-data';

/** What a journey's commands have in common, for commands that nearly fit the case. */
interface JourneyContext {
  readonly caseId: string;
  readonly district: string;
  readonly dates: ReadonlyArray<string>;
  readonly terms: ReadonlyArray<AcademicTerm>;
  readonly actionIds: ReadonlyArray<string>;
  /** The schools the child attended in the journey: the referring one and any moved to. */
  readonly schools: ReadonlyArray<string>;
  /** The districts the case belonged to in the journey: the referral's and any moved to. */
  readonly districts: ReadonlyArray<string>;
}

const contextOf = (journey: ReadonlyArray<CaseCommand>): JourneyContext => {
  const refer = journey.find((command) => command.type === 'Refer');
  if (refer === undefined || refer.type !== 'Refer') throw new Error('A generated journey has no Refer command: a bug in validCaseJourney.');
  const meetings = journey.flatMap((command): MeetingReference[] => ('meeting' in command && command.meeting !== undefined && command.type !== 'DiscussAtLMG' ? [command.meeting] : []));
  return {
    caseId: refer.caseId,
    district: refer.referral.district,
    dates: journey.map((command) => command.occurredOn),
    terms: meetings.length > 0 ? meetings : [halfTermOfDate(defaultHalfTermCalendar, refer.occurredOn)],
    actionIds: journey.flatMap((command) => (command.type === 'AgreeActions' ? command.actions.map((action) => action.actionId) : [])),
    schools: [refer.referral.school, ...journey.flatMap((command) => (command.type === 'RecordMove' ? [command.school] : []))],
    districts: [refer.referral.district, ...journey.flatMap((command) => (command.type === 'RecordMove' && command.district !== undefined ? [command.district] : []))],
  };
};

/** A command for the journey's case whose dates, meetings and action ids are near the journey's, so rules are tested at their edges. */
const nearbyCommand = (context: JourneyContext, configuration: HubConfiguration): fc.Arbitrary<CaseCommand> => {
  const { caseId } = context;
  const occurredOn = fc.tuple(fc.constantFrom(...context.dates), fc.integer({ min: -10, max: 40 })).map(([date, shift]) => addDays(date, shift));
  const meeting = fc
    .record({
      district: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...context.districts) }, { weight: 2, arbitrary: districtId(configuration) }, { weight: 1, arbitrary: anyDistrictId() }),
      term: fc.tuple(fc.constantFrom(...context.terms), fc.integer({ min: -1, max: 2 })).map(([term, shift]) => termsAfter(term, shift)),
    })
    .map(({ district, term }): MeetingReference => ({ district, academicYear: term.academicYear, halfTerm: term.halfTerm }));
  const knownActionId = context.actionIds.length > 0 ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...context.actionIds) }, actionId()) : actionId();
  const sameCase = { caseId };
  return fc.oneof(
    fc.tuple(referCommand(sameCase), fc.option(invalidRankedNeeds(), { freq: 2 })).map(([command, invalid]) =>
      invalid === null ? command : { ...command, referral: { ...command.referral, senProvision: invalid.senProvision, needs: invalid.needs } },
    ),
    fc
      .record({ occurredOn, givenBy: consentGiver(), form: consentForm(), youngPersonLacksCapacity: fc.boolean() }, { requiredKeys: ['occurredOn', 'givenBy', 'form'] })
      .map((fields) => ({ type: 'RecordConsent' as const, caseId, ...fields })),
    fc.tuple(withdrawConsentCommand(sameCase), occurredOn).map(([command, date]) => ({ ...command, occurredOn: date })),
    plainRecord({ occurredOn, meeting }).map((fields) => ({ type: 'Discuss' as const, caseId, ...fields })),
    fc
      .record({ occurredOn, meeting, actions: fc.array(agreedAction().chain((action) => knownActionId.map((id) => ({ ...action, actionId: id }))), { maxLength: 3 }) })
      .map((fields) => ({ type: 'AgreeActions' as const, caseId, ...fields })),
    fc
      .record({
        occurredOn,
        meeting,
        // Some of the journey's actions, each reviewed once, and now and then an outcome too many.
        outcomes: fc
          .tuple(fc.subarray([...context.actionIds]), fc.array(actionReview(knownActionId), { maxLength: 2 }))
          .chain(([ids, extra]) => fc.tuple(...ids.map((id) => actionReview(fc.constant(id)))).map((reviews) => [...reviews, ...extra])),
        conclusion: reviewConclusion(),
      })
      .map((fields) => ({ type: 'Review' as const, caseId, ...fields })),
    fc
      .tuple(recordViewsCommand(sameCase), occurredOn, fc.option(meeting, { nil: undefined }))
      .map(([command, date, at]) => {
        const { meeting: _generated, ...heard } = command;
        return { ...heard, occurredOn: date, ...(at === undefined ? {} : { meeting: at }) };
      }),
    fc.tuple(escalateToLMGCommand(sameCase), occurredOn).map(([command, date]) => ({ ...command, occurredOn: date })),
    fc.tuple(discussAtLMGCommand({ ...sameCase, configuration, district: context.district }), occurredOn).map(([command, date]) => ({ ...command, occurredOn: date })),
    fc.tuple(closeCommand(sameCase), occurredOn).map(([command, date]) => ({ ...command, occurredOn: date })),
    // A move to a school of the journey (perhaps the one the child is at) or another, in the case's district, another or an unknown one.
    fc
      .record(
        { occurredOn, school: fc.oneof(fc.constantFrom(...context.schools), schoolUrn()), district: meeting.map((at) => at.district), yearGroup: nationalCurriculumYear() },
        { requiredKeys: ['occurredOn', 'school'] },
      )
      .map((fields) => ({ type: 'RecordMove' as const, caseId, ...fields })),
  );
};

type Edit = { readonly kind: 'keep' | 'drop' | 'repeat' } | { readonly kind: 'insert' | 'replace' | 'follow'; readonly command: CaseCommand };

const actionIdsAgreedBefore = (journey: ReadonlyArray<CaseCommand>, index: number): string[] =>
  journey.slice(0, index).flatMap((command) => (command.type === 'AgreeActions' ? command.actions.map((action) => action.actionId) : []));

/** The district the case is in just before step `index`: the referral's, or the one of the latest move before it. */
const districtBefore = (journey: ReadonlyArray<CaseCommand>, index: number, context: JourneyContext): string =>
  journey
    .slice(0, index)
    .reduce((district, command) => (command.type === 'RecordMove' ? (command.district ?? district) : district), context.district);

/** What happens to one step of the journey: kept (mostly), dropped, repeated, changed a little, preceded by another command or followed by one. */
const edit = (journey: ReadonlyArray<CaseCommand>, index: number, context: JourneyContext, configuration: HubConfiguration): fc.Arbitrary<Edit> => {
  const step = journey[index];
  // A changed step is tried in place of the step, or before it so the journey goes on (always before a referral: without one nothing else counts).
  const changed =
    step === undefined
      ? []
      : [
          {
            weight: 3,
            arbitrary: fc
              .tuple(mutatedCaseCommand(step, actionIdsAgreedBefore(journey, index), configuration), fc.boolean())
              .map(([command, instead]) => ({ kind: instead && step.type !== 'Refer' ? ('replace' as const) : ('insert' as const), command })),
          },
        ];
  return fc.oneof(
    { weight: 24, arbitrary: fc.constant({ kind: 'keep' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'drop' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'repeat' as const }) },
    { weight: 2, arbitrary: nearbyCommand(context, configuration).map((command) => ({ kind: 'insert' as const, command })) },
    ...changed,
    ...(step === undefined ? [] : followUpsOf(step, districtBefore(journey, index, context)).map((followUp) => ({ weight: 1, arbitrary: followUp.map((command) => ({ kind: 'follow' as const, command })) }))),
  );
};

const applyEdits = (journey: ReadonlyArray<CaseCommand>, edits: ReadonlyArray<Edit>, tail: ReadonlyArray<CaseCommand>): CaseCommand[] => [
  ...journey.flatMap((command, index): CaseCommand[] => {
    const change = edits[index] ?? { kind: 'keep' };
    if (change.kind === 'drop') return [];
    if (change.kind === 'repeat') return [command, command];
    if (change.kind === 'insert') return [change.command, command];
    if (change.kind === 'replace') return [change.command];
    if (change.kind === 'follow') return [command, change.command];
    return [command];
  }),
  ...tail,
];

/**
 * Commands for one case that may or may not be valid: a valid journey with steps
 * dropped, repeated, changed a little (see `mutatedCaseCommand`), or preceded by commands for the same case whose dates, meetings
 * and action ids are near the journey's (a wrong district, a meeting too early, an
 * outcome missing or extra, consent from the wrong person, a date going back...).
 */
export const caseCommandSequence = (options: CaseJourneyOptions = {}): fc.Arbitrary<CaseCommand[]> => {
  const configuration = options.configuration ?? staffordshireConfiguration;
  return validCaseJourney(options).chain((journey) => {
    const context = contextOf(journey);
    return fc
      .record({
        edits: fc.tuple(...journey.map((_step, index) => edit(journey, index, context, configuration))),
        tail: fc.array(nearbyCommand(context, configuration), { maxLength: 3 }),
      })
      .map(({ edits, tail }) => applyEdits(journey, edits, tail));
  });
};

/**
 * What a meeting-bound command's meeting recorded (a hub meeting's for a discussion,
 * agreement or review, the group meeting's for the group's discussion): mostly held on the
 * command's own date, now and then on another day, cancelled, not recorded, or not told.
 */
const toldOfItsMeeting = (command: CaseCommand): fc.Arbitrary<WithRecordedMeeting<CaseCommand>> =>
  meetingNamedBy(command) === undefined
    ? fc.constant(command)
    : fc.oneof(
        { weight: 6, arbitrary: fc.constant<WithRecordedMeeting<CaseCommand>>({ ...command, recordedMeeting: { status: 'held', heldOn: command.occurredOn } }) },
        { weight: 1, arbitrary: fc.constant<WithRecordedMeeting<CaseCommand>>(command) },
        { weight: 1, arbitrary: fc.constant<WithRecordedMeeting<CaseCommand>>({ ...command, recordedMeeting: { status: 'not-recorded' } }) },
        { weight: 1, arbitrary: fc.integer({ min: -20, max: 20 }).filter((days) => days !== 0).map((days) => ({ ...command, recordedMeeting: { status: 'held' as const, heldOn: addDays(command.occurredOn, days) } })) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }).map((days) => ({ ...command, recordedMeeting: { status: 'cancelled' as const, cancelledOn: addDays(command.occurredOn, -days) } })) },
      );

/**
 * `caseCommandSequence` as the hub's case handler gives it to the decider: each
 * discussion, agreement and review told (mostly) what its meeting's stream recorded.
 * For deciders, not codecs: a command from outside never carries `recordedMeeting`.
 */
export const caseCommandSequenceWithMeetings = (options: CaseJourneyOptions = {}): fc.Arbitrary<Array<WithRecordedMeeting<CaseCommand>>> =>
  caseCommandSequence(options).chain((commands) => fc.tuple(...commands.map(toldOfItsMeeting)));

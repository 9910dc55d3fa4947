import { addDays, staffordshireConfiguration, type CaseCommand, type HubConfiguration, type MeetingReference } from '@send-hub/core';
import * as fc from 'fast-check';
import { termsAfter } from './academic-time';
import { actionId } from './identifiers';
import { invalidRankedNeeds } from './ranked-needs';
import { anyDistrictId, districtId, lmgOutcome, reviewConclusion } from './reference-data';

/*
 * Small changes to one valid step that each put it on the wrong side of one rule
 * (or, by chance, leave it valid): the edges where a decider's mistakes hide.
 */

const withMeeting = <Command extends CaseCommand & { meeting: MeetingReference }>(command: Command, configuration: HubConfiguration) => [
  // Another district's meeting.
  districtId(configuration).map((district) => ({ ...command, meeting: { ...command.meeting, district } })),
  // A meeting a half term or two earlier, or one later (for a review: the agreeing meeting, or before it).
  fc.constantFrom(-2, -1, 1).map((shift) => {
    const term = termsAfter(command.meeting, shift);
    return { ...command, meeting: { ...command.meeting, academicYear: term.academicYear, halfTerm: term.halfTerm } };
  }),
];

const changesOf = (command: CaseCommand, earlierActionIds: ReadonlyArray<string>, configuration: HubConfiguration): Array<fc.Arbitrary<CaseCommand>> => {
  switch (command.type) {
    case 'Refer':
      return [
        invalidRankedNeeds().map((invalid) => ({ ...command, referral: { ...command.referral, senProvision: invalid.senProvision, needs: invalid.needs } })),
        anyDistrictId().map((district) => ({ ...command, referral: { ...command.referral, district } })),
        // Consent dated after the referral, or from the other person.
        fc.integer({ min: 1, max: 10 }).map((days): CaseCommand => ({ ...command, consent: { ...command.consent, givenOn: addDays(command.occurredOn, days) } })),
        fc.constant<CaseCommand>({
          ...command,
          consent: { ...command.consent, givenBy: command.consent.givenBy === 'young-person' ? ('parent-or-carer' as const) : ('young-person' as const) },
        }),
      ];
    case 'RecordViews':
      return command.meeting === undefined ? [] : [districtId(configuration).map((district) => ({ ...command, meeting: { ...command.meeting, district } }) as CaseCommand)];
    case 'RecordConsent':
      return [
        fc.constant<CaseCommand>({ ...command, givenBy: command.givenBy === 'young-person' ? ('parent-or-carer' as const) : ('young-person' as const) }),
        fc.constant<CaseCommand>({ ...command, youngPersonLacksCapacity: !(command.youngPersonLacksCapacity ?? false) }),
      ];
    case 'Discuss':
      return withMeeting(command, configuration);
    case 'AgreeActions': {
      const first = command.actions[0];
      return [
        ...withMeeting(command, configuration),
        fc.constant<CaseCommand>({ ...command, actions: [] }),
        ...(first === undefined ? [] : [fc.constant<CaseCommand>({ ...command, actions: [...command.actions, first] })]),
        ...(earlierActionIds.length === 0 || first === undefined
          ? []
          : [fc.constantFrom(...earlierActionIds).map((id) => ({ ...command, actions: [{ ...first, actionId: id }, ...command.actions.slice(1)] }))]),
      ];
    }
    case 'Review': {
      const first = command.outcomes[0];
      return [
        ...withMeeting(command, configuration),
        // Another conclusion: valid itself, it changes what may follow (an escalation, a closure as "needs met").
        reviewConclusion().map((conclusion): CaseCommand => ({ ...command, conclusion })),
        fc.constant<CaseCommand>({ ...command, outcomes: command.outcomes.slice(1) }),
        actionId().map((id) => ({ ...command, outcomes: [...command.outcomes, { actionId: id, outcome: 'worked' as const }] })),
        ...(first === undefined ? [] : [fc.constant<CaseCommand>({ ...command, outcomes: [...command.outcomes, first] })]),
      ];
    }
    case 'DiscussAtLMG':
      return [
        // Another district's group.
        districtId(configuration).map((district): CaseCommand => ({ ...command, meeting: { ...command.meeting, district } })),
        // Another outcome: valid itself, it changes what may follow (hub work again, or nothing more).
        lmgOutcome().map((outcome): CaseCommand => ({ ...command, outcome })),
        // No recommendation: refused when the case goes back to the hub, so tried with that outcome too.
        fc.constant<CaseCommand>({ ...command, recommendations: [] }),
        fc.constant<CaseCommand>({ ...command, outcome: 'back-to-hub', recommendations: [] }),
      ];
    case 'RecordMove':
      return [
        // A district the council does not have.
        anyDistrictId().map((district): CaseCommand => ({ ...command, district })),
        // No district named: a move of school within the district the case is in, which may be the one it left.
        fc.constant<CaseCommand>({ school: command.school, type: command.type, caseId: command.caseId, occurredOn: command.occurredOn }),
      ];
    case 'WithdrawConsent':
    case 'EscalateToLMG':
      return [];
    case 'Close':
      return [fc.constant<CaseCommand>({ ...command, reason: 'needs-met' as const })];
  }
};

/**
 * One step of a valid journey, changed a little: dated before the previous step,
 * consent from the other person, another district's meeting, a meeting a half term
 * off, no actions or an action twice or an action id used before, an outcome missing
 * or extra or twice, another review conclusion, needs that break the rules, an unknown district (of a referral or a move), closure as
 * "needs met". `earlierActionIds` are the ids the journey agreed before this step.
 */
export const mutatedCaseCommand = (
  command: CaseCommand,
  earlierActionIds: ReadonlyArray<string> = [],
  configuration: HubConfiguration = staffordshireConfiguration,
): fc.Arbitrary<CaseCommand> =>
  fc.oneof(
    fc.integer({ min: 1, max: 30 }).map((days): CaseCommand => ({ ...command, occurredOn: addDays(command.occurredOn, -days) })),
    ...changesOf(command, earlierActionIds, configuration),
  );

import { addDays, fold, meetingNamedBy, type CaseDecider, type CaseCommand, type MeetingNamed } from '@send-hub/core';
import * as fc from 'fast-check';
import { decideInTurn } from './decide-in-turn';
import { showValue } from './describe-value';

/** The refusals of a decision at a meeting not held as it says: a hub meeting's rules, or the group meeting's. */
const refusalsAt = (layer: MeetingNamed['layer']) =>
  layer === 'group'
    ? { cancelled: 'lmg-meeting-not-held', otherDay: 'lmg-discussion-not-on-meeting-date', notRecorded: 'lmg-meeting-not-held' }
    : { cancelled: 'meeting-cancelled', otherDay: 'date-not-meeting-date', notRecorded: undefined };

/**
 * Every decision of a valid journey taken at a meeting (a hub's discussion, agreement and
 * review, and the group's discussion) keeps to its meeting, as the meeting's own stream
 * records it: told the meeting was held on the command's date, the decider decides as it
 * did without being told; told it was cancelled, or held on another day, it refuses
 * (`meeting-cancelled` and `date-not-meeting-date` at a hub meeting, `lmg-meeting-not-held`
 * and `lmg-discussion-not-on-meeting-date` at the group's). Told a meeting is not recorded,
 * it decides a hub's decision as before (the hub may record its meeting afterwards) and
 * refuses the group's (`lmg-meeting-not-held`).
 */
export const decisionsKeepToTheirMeetingLaw = (decider: CaseDecider, journeys: fc.Arbitrary<ReadonlyArray<CaseCommand>>) =>
  fc.property(journeys, fc.integer({ min: 1, max: 30 }), (journey, daysOff) => {
    const { decisions } = decideInTurn(decider, journey);
    for (const { command, history, result } of decisions) {
      const named = meetingNamedBy(command);
      if (named === undefined || result._tag === 'Left') continue;
      const refusals = refusalsAt(named.layer);
      const state = fold(decider.evolve, decider.initialState, history);
      const held = decider.decide({ ...command, recordedMeeting: { status: 'held', heldOn: command.occurredOn } }, state);
      if (JSON.stringify(held) !== JSON.stringify(result)) throw new Error(`Told its meeting was held that day, ${showValue(command)} was decided otherwise: ${showValue(held)}`);
      const cancelled = decider.decide({ ...command, recordedMeeting: { status: 'cancelled', cancelledOn: command.occurredOn } }, state);
      if (cancelled._tag !== 'Left' || cancelled.left.code !== refusals.cancelled) throw new Error(`At a cancelled meeting, ${showValue(command)} was not refused as cancelled: ${showValue(cancelled)}`);
      const otherDay = decider.decide({ ...command, recordedMeeting: { status: 'held', heldOn: addDays(command.occurredOn, -daysOff) } }, state);
      if (otherDay._tag !== 'Left' || otherDay.left.code !== refusals.otherDay) throw new Error(`Dated off its meeting's day, ${showValue(command)} was not refused: ${showValue(otherDay)}`);
      const notRecorded = decider.decide({ ...command, recordedMeeting: { status: 'not-recorded' } }, state);
      const asExpected = refusals.notRecorded === undefined ? JSON.stringify(notRecorded) === JSON.stringify(result) : notRecorded._tag === 'Left' && notRecorded.left.code === refusals.notRecorded;
      if (!asExpected) throw new Error(`At a meeting not recorded, ${showValue(command)} was decided as it should not be: ${showValue(notRecorded)}`);
    }
  });

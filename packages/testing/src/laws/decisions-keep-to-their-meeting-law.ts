import { addDays, fold, type CaseCommand, type CaseDecider } from '@send-hub/core';
import * as fc from 'fast-check';
import { decideInTurn } from './decide-in-turn';
import { showValue } from './describe-value';

const atMeeting = (command: CaseCommand): command is Extract<CaseCommand, { type: 'Discuss' | 'AgreeActions' | 'Review' }> =>
  command.type === 'Discuss' || command.type === 'AgreeActions' || command.type === 'Review';

/**
 * Every discussion, agreement and review of a valid journey keeps to its meeting, as the
 * meeting's own stream records it: told the meeting was held on the command's date, the
 * decider decides as it did without being told; told it was cancelled, it refuses
 * (`meeting-cancelled`); told it was held on another day, it refuses (`date-not-meeting-date`).
 */
export const decisionsKeepToTheirMeetingLaw = (decider: CaseDecider, journeys: fc.Arbitrary<ReadonlyArray<CaseCommand>>) =>
  fc.property(journeys, fc.integer({ min: 1, max: 30 }), (journey, daysOff) => {
    const { decisions } = decideInTurn(decider, journey);
    for (const { command, history, result } of decisions) {
      if (!atMeeting(command) || result._tag === 'Left') continue;
      const state = fold(decider.evolve, decider.initialState, history);
      const held = decider.decide({ ...command, recordedMeeting: { status: 'held', heldOn: command.occurredOn } }, state);
      if (JSON.stringify(held) !== JSON.stringify(result)) throw new Error(`Told its meeting was held that day, ${showValue(command)} was decided otherwise: ${showValue(held)}`);
      const cancelled = decider.decide({ ...command, recordedMeeting: { status: 'cancelled', cancelledOn: command.occurredOn } }, state);
      if (cancelled._tag !== 'Left' || cancelled.left.code !== 'meeting-cancelled') throw new Error(`At a cancelled meeting, ${showValue(command)} was not refused as cancelled: ${showValue(cancelled)}`);
      const otherDay = decider.decide({ ...command, recordedMeeting: { status: 'held', heldOn: addDays(command.occurredOn, -daysOff) } }, state);
      if (otherDay._tag !== 'Left' || otherDay.left.code !== 'date-not-meeting-date') throw new Error(`Dated off its meeting's day, ${showValue(command)} was not refused: ${showValue(otherDay)}`);
    }
  });

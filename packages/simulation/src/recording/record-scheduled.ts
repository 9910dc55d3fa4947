import type { Hub } from '@send-hub/application';
import { describeLMGMeeting, describeTerm, type CaseEvent, type LMGMeetingEvent, type MeetingEvent } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type { SimulationTally } from '../report/simulation-tally';
import type { ScheduledCommand } from './command-queue';
import type { SimulatedClock } from './simulated-clock';

/** The hub refused a command the simulation generated: the simulation broke a rule, which is a bug in it. */
export class SimulationCommandRefused extends Error {
  constructor(
    readonly scheduled: ScheduledCommand,
    readonly failureMessage: string,
  ) {
    const subject =
      scheduled.stream === 'case'
        ? `for case ${scheduled.command.caseId} dated ${scheduled.command.occurredOn}`
        : scheduled.stream === 'meeting'
          ? `for the ${scheduled.command.meeting.district} meeting of ${describeTerm(scheduled.command.meeting)}`
          : `for ${describeLMGMeeting(scheduled.command.meeting)}`;
    super(`The hub refused the simulation's ${scheduled.command.type} command ${subject}: ${failureMessage} This is a bug in the simulation.`);
    this.name = 'SimulationCommandRefused';
  }
}

/**
 * Hands one scheduled command to the hub's real command handler, with the simulated
 * clock set to its recording time, and counts what the hub stored.
 */
export const recordScheduled = async (hub: Hub, clock: SimulatedClock, tally: SimulationTally, scheduled: ScheduledCommand): Promise<void> => {
  clock.set(scheduled.recordedAt);
  const recordedOn = new Date(scheduled.recordedAt).toISOString().slice(0, 10);
  const context = { actor: scheduled.actor };
  if (scheduled.stream === 'case') {
    const result = await hub.recordCase(scheduled.command, context);
    if (E.isLeft(result)) throw new SimulationCommandRefused(scheduled, result.left.message);
    tally.command(result.right.written.length);
    for (const event of result.right.events as ReadonlyArray<CaseEvent>) tally.caseEvent(event, recordedOn);
  } else if (scheduled.stream === 'lmg-meeting') {
    const result = await hub.recordLMGMeeting(scheduled.command, context);
    if (E.isLeft(result)) throw new SimulationCommandRefused(scheduled, result.left.message);
    tally.command(result.right.written.length);
    for (const event of result.right.events as ReadonlyArray<LMGMeetingEvent>) tally.lmgMeetingEvent(event);
  } else {
    const result = await hub.recordMeeting(scheduled.command, context);
    if (E.isLeft(result)) throw new SimulationCommandRefused(scheduled, result.left.message);
    tally.command(result.right.written.length);
    for (const event of result.right.events as ReadonlyArray<MeetingEvent>) tally.meetingEvent(event, recordedOn);
  }
};

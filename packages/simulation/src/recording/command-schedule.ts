import type { CaseCommand, LMGMeetingCommand, MeetingCommand } from '@send-hub/core';
import type { AccessActor } from '@send-hub/access';
import { CommandQueue, type ScheduledCommand } from './command-queue';

/** What the schedule needs to know of a case to keep its commands in order. */
export interface CaseTimeline {
  /** The latest business date of the case's commands so far. */
  lastDate: string;
  /** The latest recording time of the case's commands so far. */
  lastRecordedAt: number;
}

/** A case's commands are recorded at least this long after one another, in the order they were decided. */
const gapBetweenACasesRecordings = 60_000;

/**
 * Where the simulation's decisions wait to be recorded. A case's commands are recorded
 * in the order they were decided, each after the one before, even when one of them is
 * recorded late (a discussion is typed in only after the late consent it depends on),
 * so the hub always decides a command on the history the simulation meant it to follow.
 */
export class CommandSchedule {
  readonly queue = new CommandQueue();
  private sequence = 0;

  forCase(timeline: CaseTimeline, command: CaseCommand, actor: AccessActor, recordedAt: number): void {
    if (command.occurredOn < timeline.lastDate) {
      throw new Error(`The simulation dated ${command.type} for case ${command.caseId} on ${command.occurredOn}, before the case's previous command on ${timeline.lastDate}.`);
    }
    const at = Math.max(recordedAt, timeline.lastRecordedAt + gapBetweenACasesRecordings);
    timeline.lastDate = command.occurredOn;
    timeline.lastRecordedAt = at;
    this.push({ stream: 'case', command, actor, recordedAt: at, sequence: 0 });
  }

  forMeeting(command: MeetingCommand, actor: AccessActor, recordedAt: number): void {
    this.push({ stream: 'meeting', command, actor, recordedAt, sequence: 0 });
  }

  forLMGMeeting(command: LMGMeetingCommand, actor: AccessActor, recordedAt: number): void {
    this.push({ stream: 'lmg-meeting', command, actor, recordedAt, sequence: 0 });
  }

  private push(item: ScheduledCommand): void {
    this.sequence += 1;
    this.queue.push({ ...item, sequence: this.sequence });
  }
}

import { addDays, type AcademicTerm, type CalendarDate, type DistrictId, type HalfTermCalendar, type MeetingReference } from '@send-hub/core';
import type { AccessActor } from '@send-hub/access';
import { laterOf } from '../calendar/calendar-arithmetic';
import { meetingDate } from '../calendar/meeting-calendar';
import type { TermWindow } from '../calendar/term-window';
import type { HeldMeeting } from '../cases/meeting-decisions';
import type { SeededRandom } from '../random/seeded-random';
import type { CommandSchedule } from '../recording/command-schedule';
import { MinutesClock, recordingTime } from '../recording/recording-times';
import { cancellationReasons } from '../tables/attendance-roles';
import { meetingCancelledProbability } from '../tables/journey-proportions';
import { drawAttendance } from './meeting-attendance';

export interface MeetingPlanContext {
  readonly calendar: HalfTermCalendar;
  readonly window: TermWindow;
  readonly term: AcademicTerm;
  readonly termOrdinal: number;
  readonly district: DistrictId;
  readonly districtIndex: number;
  readonly schedule: CommandSchedule;
  readonly officer: AccessActor;
  /** Roughly how many decisions the meeting will record, to pace its minutes. */
  readonly expectedDecisions: number;
}

/** The half term's meeting: `held` when it took place; `undefined` when it was cancelled. Either way it is recorded. */
export interface PlannedMeeting {
  readonly meeting: MeetingReference;
  readonly date: CalendarDate;
  readonly held: HeldMeeting | undefined;
}

/**
 * Records the district's meeting for the half term: held on its usual day, with who
 * attended, or (rarely) cancelled a few days before, so its cases wait for the next one.
 */
export const planMeeting = (random: SeededRandom, context: MeetingPlanContext): PlannedMeeting => {
  const meeting: MeetingReference = { district: context.district, academicYear: context.term.academicYear, halfTerm: context.term.halfTerm };
  const date = meetingDate(context.calendar, context.window, context.term, context.districtIndex);
  if (random.chance(meetingCancelledProbability)) {
    const cancelledOn = laterOf(addDays(date, -random.integer(0, 7)), context.window.firstDay);
    context.schedule.forMeeting({ type: 'CancelMeeting', meeting, cancelledOn, reason: random.pick(cancellationReasons) }, context.officer, recordingTime(random, cancelledOn, 'cancellation'));
    return { meeting, date, held: undefined };
  }
  const minutes = new MinutesClock(random, date, context.expectedDecisions);
  context.schedule.forMeeting({ type: 'RecordMeeting', meeting, heldOn: date, attendance: drawAttendance(random) }, context.officer, minutes.take());
  return { meeting, date, held: { meeting, heldOn: date, termOrdinal: context.termOrdinal, minutes } };
};

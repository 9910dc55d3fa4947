import { addDays, lmgSettingsOf, type AcademicTerm, type CalendarDate, type DistrictId, type HubConfiguration, type LMGMeetingReference } from '@send-hub/core';
import type { AccessActor } from '@send-hub/access';
import { earlierOf, laterOf } from '../calendar/calendar-arithmetic';
import type { TermWindow } from '../calendar/term-window';
import type { SeededRandom } from '../random/seeded-random';
import type { CommandSchedule } from '../recording/command-schedule';
import { MinutesClock, recordingTime } from '../recording/recording-times';
import { drawAttendance } from '../meetings/meeting-attendance';
import { lmgMeetingAfterHubMeetingDays, lmgMeetingCancelledProbability, lmgThemesPerMeeting } from '../tables/journey-proportions';
import { lmgCancellationReasons, lmgThemes } from '../tables/lmg-themes';

export interface LMGMeetingPlanContext {
  readonly configuration: HubConfiguration;
  readonly window: TermWindow;
  readonly term: AcademicTerm;
  readonly district: DistrictId;
  readonly schedule: CommandSchedule;
  readonly chair: AccessActor;
  readonly member: AccessActor;
  /** The day of the district's hub meeting this half term. */
  readonly hubMeetingOn: CalendarDate;
  readonly expectedDecisions: number;
}

/** A group meeting that took place, with the clock its minutes are recorded by. */
export interface HeldLMGMeeting {
  readonly meeting: LMGMeetingReference;
  readonly heldOn: CalendarDate;
  readonly minutes: MinutesClock;
}

/**
 * Records the district's Locality Management Group meeting for the half term, about three
 * weeks after the hub's and before the half term ends: held (with who attended, and the
 * themes it saw across cases), or now and then cancelled, so its cases wait for the next.
 * A council whose groups meet monthly names the meeting by its month.
 */
export const planLMGMeeting = (random: SeededRandom, context: LMGMeetingPlanContext): HeldLMGMeeting | undefined => {
  const planned = earlierOf(addDays(context.hubMeetingOn, lmgMeetingAfterHubMeetingDays), context.window.lastSchoolDay);
  const cancelled = random.chance(lmgMeetingCancelledProbability);
  const date = cancelled ? laterOf(addDays(planned, -random.integer(0, 5)), context.hubMeetingOn) : planned;
  const meeting: LMGMeetingReference =
    lmgSettingsOf(context.configuration).cadence === 'monthly'
      ? { district: context.district, academicYear: context.term.academicYear, month: Number(date.slice(5, 7)) }
      : { district: context.district, academicYear: context.term.academicYear, halfTerm: context.term.halfTerm };
  if (cancelled) {
    context.schedule.forLMGMeeting({ type: 'CancelLMGMeeting', meeting, cancelledOn: date, reason: random.pick(lmgCancellationReasons) }, context.chair, recordingTime(random, date, 'cancellation'));
    return undefined;
  }
  const minutes = new MinutesClock(random, date, context.expectedDecisions + 1);
  context.schedule.forLMGMeeting({ type: 'RecordLMGMeeting', meeting, heldOn: date, attendance: drawAttendance(random) }, context.chair, minutes.take());
  const themes = random.pickDistinct(lmgThemes, random.integer(lmgThemesPerMeeting.minimum, lmgThemesPerMeeting.maximum));
  context.schedule.forLMGMeeting({ type: 'RecordLMGThemes', meeting, themes }, context.member, minutes.take());
  return { meeting, heldOn: date, minutes };
};

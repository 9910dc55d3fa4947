import type { CalendarDate } from '@send-hub/core';
import { startOfDay } from '../calendar/calendar-arithmetic';
import { weightedChoice, type SeededRandom } from '../random/seeded-random';
import { lateByDayWeights, lateMinutesProbability, lateRecordingProbability, minutesStartAt, officeHours, type RecordingKind } from '../tables/recording-delays';

const minute = 60_000;
const day = 86_400_000;
const lateByDays = weightedChoice(lateByDayWeights);

/** How long after its time a fact of this kind is recorded: nothing, usually; now and then a day or more. */
export const recordingDelay = (random: SeededRandom, kind: RecordingKind): number => (random.chance(lateRecordingProbability[kind]) ? lateByDays(random) * day : 0);

/** When a fact of `date` is typed in: during office hours that day, or (now and then) a day or more later. */
export const recordingTime = (random: SeededRandom, date: CalendarDate, kind: RecordingKind): number =>
  startOfDay(date) + recordingDelay(random, kind) + random.integer(officeHours.from, officeHours.to) * minute;

/**
 * The recording times of one meeting's minutes: the meeting first, then each decision a
 * little after the one before, spaced so that even a very large agenda is written up
 * within the afternoon and evening. Now and then the whole set is written up days late.
 */
export class MinutesClock {
  private next: number;
  private readonly spacing: number;

  constructor(
    private readonly random: SeededRandom,
    heldOn: CalendarDate,
    expectedDecisions: number,
  ) {
    const late = random.chance(lateMinutesProbability) ? lateByDays(random) : 0;
    this.next = startOfDay(heldOn) + late * day + minutesStartAt * minute;
    this.spacing = Math.max(1_000, Math.min(90_000, Math.floor((5 * 60 * minute) / Math.max(1, expectedDecisions))));
  }

  /** The recording time of the next item of the minutes. */
  take(): number {
    const taken = this.next;
    this.next += this.spacing + this.random.integer(0, Math.floor(this.spacing / 2));
    return taken;
  }
}

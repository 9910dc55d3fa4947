import {
  addDays,
  defaultHalfTermCalendar,
  halfTermStartDate,
  termOrdinal,
  type AcademicTerm,
  type CaseEvent,
  type MeetingEvent,
  type PersonalDataErased,
} from '@send-hub/core';
import type { HubEvent } from '@send-hub/hub';
import * as fc from 'fast-check';
import { drivenCaseEvents } from './driven-case-histories';
import { journeyCaseEvents } from './journey-case-histories';

/**
 * Valid hub histories for law and oracle tests: cases (from the decider-driven
 * generator here or from the journeys of @send-hub/testing), the meetings they were
 * discussed and reviewed at (some cancelled instead), and erasures of some children's
 * personal data, all in business date order.
 */
export interface HubHistory {
  /** Every event in the order it was recorded (business date order, each case's own order kept). */
  readonly events: ReadonlyArray<HubEvent>;
}

const meetingEvents = (events: ReadonlyArray<CaseEvent>, attendanceChoices: ReadonlyArray<number>): MeetingEvent[] => {
  const meetings = new Map<string, { district: string } & AcademicTerm>();
  for (const event of events) {
    if ('meeting' in event && event.meeting !== undefined && event.type !== 'DiscussedAtLMG') meetings.set(`${event.meeting.district}/${termOrdinal(event.meeting)}`, event.meeting);
  }
  return [...meetings.values()].map((meeting, index): MeetingEvent => {
    const choice = attendanceChoices[index % Math.max(1, attendanceChoices.length)] ?? 7;
    const heldOn = halfTermStartDate(defaultHalfTermCalendar, meeting);
    if (choice === 0) return { type: 'MeetingCancelled', meeting, cancelledOn: heldOn, reason: 'Too few professionals could attend.' };
    const attendance = (['education', 'social-care', 'health'] as const).filter((_agency, bit) => (choice & (1 << bit)) !== 0).map((agency) => ({ agency, role: 'officer' }));
    return { type: 'MeetingHeld', meeting, heldOn, attendance };
  });
};

const dateOf = (event: HubEvent): string =>
  'occurredOn' in event ? event.occurredOn : 'heldOn' in event ? event.heldOn : 'cancelledOn' in event ? event.cancelledOn : '';

export const hubHistoryArbitrary = (options: { readonly maxCases?: number; readonly districts?: ReadonlyArray<string> } = {}): fc.Arbitrary<HubHistory> => {
  const districts = options.districts ?? ['tamworth', 'lichfield'];
  const maxCases = options.maxCases ?? 8;
  return fc
    .record({
      caseEvents: fc.oneof(drivenCaseEvents(districts, maxCases), journeyCaseEvents(districts, maxCases)),
      attendance: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 6 }),
      erasures: fc.array(fc.record({ child: fc.nat(5), on: fc.integer({ min: 0, max: 1100 }) }), { maxLength: 2 }),
    })
    .map(({ caseEvents, attendance, erasures }) => {
      const erased: PersonalDataErased[] = erasures.map(({ child, on }) => ({
        type: 'PersonalDataErased',
        childReference: `child-${child}`,
        occurredOn: addDays('2023-09-02', on),
        erasedBy: 'data protection officer',
        reason: 'Retention period ended.',
      }));
      const all: HubEvent[] = [...caseEvents, ...meetingEvents(caseEvents, attendance), ...erased];
      // A stable sort by business date keeps each case's own order (its dates never go back).
      const ordered = all.map((event, index) => ({ event, index })).sort((left, right) => dateOf(left.event).localeCompare(dateOf(right.event)) || left.index - right.index);
      return { events: ordered.map(({ event }) => event) };
    });
};

import { lmgMeetingEvent, meetingEvent, validCaseHistory } from '@send-hub/testing';
import * as fc from 'fast-check';
import { describeCaseEvent, describeLMGMeetingEvent, describeMeetingEvent, formatCalendarDate, formatInstant } from '../src';

const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;

describe('dates and times in words, as every message a person reads gives them', () => {
  it.each([
    ['2025-09-16', '16 September 2025'],
    ['2026-01-05', '5 January 2026'],
    ['2028-02-29', '29 February 2028'],
  ])('writes the business date %s as %s', (date, words) => {
    expect(formatCalendarDate(date)).toBe(words);
  });

  it('writes a moment in the day and hour of UTC, whatever the offset it was written with', () => {
    expect(formatInstant('2026-02-02T10:00:00.000Z')).toBe('2 February 2026 at 10:00 UTC');
    expect(formatInstant('2026-02-02T00:30:00+01:00')).toBe('1 February 2026 at 23:30 UTC');
  });

  it('gives back text that is not a time as it is, hiding nothing', () => {
    expect(formatInstant('not recorded')).toBe('not recorded');
  });
});

describe('the events’ descriptions, each a line of a timeline or of what send-hub record printed', () => {
  it('give every date in words, never as data', () => {
    fc.assert(
      fc.property(validCaseHistory(), fc.array(meetingEvent(), { maxLength: 3 }), fc.array(lmgMeetingEvent(), { maxLength: 3 }), (history, meetings, groupMeetings) => {
        const descriptions = [...history.map((event) => describeCaseEvent(event)), ...meetings.map((event) => describeMeetingEvent(event)), ...groupMeetings.map((event) => describeLMGMeetingEvent(event))];
        expect(descriptions.filter((description) => isoDate.test(description))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

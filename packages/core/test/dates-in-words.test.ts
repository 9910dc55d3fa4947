import { formatCalendarDate, formatInstant } from '../src';

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

import { CalendarDate } from '@send-hub/core';
import * as fc from 'fast-check';

// The definition the arithmetic check replaced: what the Date object makes of the text.
const isCalendarDateByDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
};

const padded = (width: number) => (value: number) => String(value).padStart(width, '0');

// Dates of the right shape, valid and near misses: month 00 and 13, day 00 and 29 to 32, leap years by every rule.
const dateShaped = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1900, 2000, 2024, 2025, 2100, 2400, 9999)),
    fc.integer({ min: 0, max: 13 }),
    fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 28, max: 32 })),
  )
  .map(([year, month, day]) => `${padded(4)(year)}-${padded(2)(month)}-${padded(2)(day)}`);

// A date-shaped string with one character replaced, inserted or removed.
const nearMiss = fc
  .tuple(dateShaped, fc.nat(10), fc.constantFrom('', '-', '0', '9', '/', ' ', 'a', '١', '\n', 'T'), fc.constantFrom('replace', 'insert'))
  .map(([date, at, character, how]) => date.slice(0, at) + character + date.slice(how === 'replace' ? at + 1 : at));

describe('CalendarDate accepts exactly what the Date-based definition accepted', () => {
  it('on dates of the right shape', () =>
    fc.assert(fc.property(dateShaped, (value) => CalendarDate.is(value) === isCalendarDateByDate(value)), { numRuns: 20_000 }));

  it('on near misses', () =>
    fc.assert(fc.property(nearMiss, (value) => CalendarDate.is(value) === isCalendarDateByDate(value)), { numRuns: 20_000 }));

  it('on any text', () =>
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (value) => CalendarDate.is(value) === isCalendarDateByDate(value)), { numRuns: 5_000 }));

  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-13-01', false],
    ['2025-04-31', false],
    ['2025-04-30', true],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['0000-01-01', true],
    ['2025-1-01', false],
    ['2025-01-01 ', false],
  ])('%s is %s, as before', (value, expected) => {
    expect(CalendarDate.is(value)).toBe(expected);
    expect(isCalendarDateByDate(value)).toBe(expected);
  });
});

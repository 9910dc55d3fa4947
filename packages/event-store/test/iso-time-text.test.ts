import * as fc from 'fast-check';
import { rememberingIsoText } from '../src/handler/iso-time-text';

describe('remembering ISO time text', () => {
  it('gives what toISOString gives, for any sequence of dates, repeats included', () => {
    fc.assert(
      fc.property(fc.array(fc.date({ noInvalidDate: true }), { maxLength: 50 }), fc.nat(), (dates, repeatEvery) => {
        const isoTextOf = rememberingIsoText();
        const asked = dates.flatMap((date, index) => (repeatEvery > 0 && index % (repeatEvery % 5 + 1) === 0 ? [date, new Date(date.getTime())] : [date]));
        expect(asked.map(isoTextOf)).toEqual(asked.map((date) => date.toISOString()));
      }),
    );
  });

  it('throws for an invalid date as toISOString does, however often it is asked', () => {
    const isoTextOf = rememberingIsoText();
    expect(() => isoTextOf(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => isoTextOf(new Date(Number.NaN))).toThrow(RangeError);
    expect(isoTextOf(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
  });
});

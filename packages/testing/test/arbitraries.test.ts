import {
  ActionId,
  Agency,
  AcademicYear,
  CaseId,
  checkNeeds,
  ChildReference,
  DistrictId,
  Ethnicity,
  halfTermOfDate,
  defaultHalfTermCalendar,
  HalfTermCalendar,
  isWithinHalfTerm,
  academicYearOf,
  nextTerm,
  NationalCurriculumYear,
  NeedType,
  PersonalDetails,
  ReferralDetails,
  SchoolUrn,
  SenProvision,
  Sex,
  HalfTerm,
  AcademicTerm,
  CalendarDate,
} from '@send-hub/core';
import {
  academicTerm,
  dayInHolidayAfter,
  halfTermCalendar,
  meetingCommand,
  academicYear,
  actionId,
  agency,
  anyDistrictId,
  calendarDate,
  caseId,
  childReference,
  dateOfBirthFor,
  dayInTerm,
  districtId,
  ethnicity,
  halfTerm,
  invalidRankedNeeds,
  nationalCurriculumYear,
  needType,
  personalDetails,
  referralDetails,
  schoolUrn,
  senProvision,
  senProvisionAndNeeds,
  sex,
  validRankedNeeds,
} from '@send-hub/testing';
import * as fc from 'fast-check';
import type * as t from 'io-ts';

const numRuns = 100;

describe('reference data arbitraries', () => {
  const pairs: Array<[string, fc.Arbitrary<unknown>, t.Mixed]> = [
    ['case ids', caseId(), CaseId],
    ['action ids', actionId(), ActionId],
    ['child references', childReference(), ChildReference],
    ['school reference numbers', schoolUrn(), SchoolUrn],
    ['configured district ids', districtId(), DistrictId],
    ['any district ids', anyDistrictId(), DistrictId],
    ['academic years', academicYear(), AcademicYear],
    ['half terms', halfTerm(), HalfTerm],
    ['academic terms', academicTerm(), AcademicTerm],
    ['calendar dates', calendarDate(), CalendarDate],
    ['year groups', nationalCurriculumYear(), NationalCurriculumYear],
    ['provisions', senProvision(), SenProvision],
    ['need types', needType(), NeedType],
    ['ethnicities', ethnicity(), Ethnicity],
    ['sexes', sex(), Sex],
    ['agencies', agency(), Agency],
    ['personal details, some erased', personalDetails({ mayBeErased: true }), PersonalDetails],
    ['referral details', referralDetails(), ReferralDetails],
  ];

  it.each(pairs)('%s are accepted by their codec', (_name, arbitrary, codec) => {
    fc.assert(fc.property(arbitrary, (value) => codec.is(value)), { numRuns });
  });

  it('gives case and action ids as lower-case UUIDs', () => {
    fc.assert(fc.property(caseId(), actionId(), (one, other) => one === one.toLowerCase() && other === other.toLowerCase()), { numRuns });
  });

  it('keeps calendar dates inside the range asked for, both ends included', () => {
    const dates = fc.sample(calendarDate({ from: '2025-09-01', to: '2025-09-03' }), { numRuns: 200, seed: 7 });
    expect(new Set(dates)).toEqual(new Set(['2025-09-01', '2025-09-02', '2025-09-03']));
  });

  it('refuses an empty date range with a clear error', () => {
    expect(() => calendarDate({ from: '2026-01-01', to: '2025-01-01' })).toThrow('2026-01-01 is after 2025-01-01');
  });

  it('gives a date of birth that fits the year group: Year 7 in 2025/26 was born from September 2013 to August 2014', () => {
    fc.assert(fc.property(dateOfBirthFor('Y7', '2025/26'), (date) => date >= '2013-09-01' && date <= '2014-08-31'), { numRuns });
    fc.assert(fc.property(dateOfBirthFor('R', '2025/26'), (date) => date >= '2020-09-01' && date <= '2021-08-31'), { numRuns });
  });

  it('puts a day of a half term inside that half term, however far the offset', () => {
    fc.assert(
      fc.property(academicTerm(), fc.nat({ max: 200 }), (term, offset) => {
        expect(halfTermOfDate(defaultHalfTermCalendar, dayInTerm(term, offset))).toEqual(term);
      }),
      { numRuns },
    );
  });

  it('makes council term dates that decode, with days in term inside their half term and holiday days outside every one', () => {
    fc.assert(
      fc.property(halfTermCalendar(), academicTerm(2023, 2027), fc.nat({ max: 200 }), (calendar, term, offset) => {
        expect(HalfTermCalendar.is(calendar)).toBe(true);
        expect(isWithinHalfTerm(calendar, term, dayInTerm(term, offset, calendar))).toBe(true);
        const holiday = dayInHolidayAfter(term, offset, calendar);
        if (holiday !== undefined) {
          expect(isWithinHalfTerm(calendar, term, holiday)).toBe(false);
          expect(isWithinHalfTerm(calendar, nextTerm(term), holiday)).toBe(false);
          // A holiday day counts in the half term just ended, until 1 September starts the next academic year.
          expect(halfTermOfDate(calendar, holiday)).toEqual(academicYearOf(holiday) === term.academicYear ? term : nextTerm(term));
        }
      }),
      { numRuns },
    );
  });

  it('dates most recorded meetings inside their half term under the configuration’s term dates, and cancels some', () => {
    const meetings = fc.sample(meetingCommand(), { numRuns: 400, seed: 7 });
    const inTerm = meetings.filter((command) => isWithinHalfTerm(defaultHalfTermCalendar, command.meeting, command.type === 'RecordMeeting' ? command.heldOn : command.cancelledOn));
    expect(inTerm.length).toBeGreaterThan(meetings.length * 0.7);
    expect(inTerm.length).toBeLessThan(meetings.length);
    expect(meetings.some((command) => command.type === 'CancelMeeting')).toBe(true);
  });
});

describe('ranked needs', () => {
  it('generates needs the rules accept for the provision', () => {
    fc.assert(
      fc.property(senProvisionAndNeeds(), ({ senProvision: provision, needs }) => {
        expect(checkNeeds('case', needs, provision)._tag).toBe('Right');
      }),
      { numRuns },
    );
    fc.assert(fc.property(validRankedNeeds('E'), (needs) => !needs.some((need) => need.need === 'NSA')), { numRuns });
  });

  it('generates invalid needs the rules refuse, each saying which rule it breaks', () => {
    const faults = new Set<string>();
    fc.assert(
      fc.property(invalidRankedNeeds(), ({ senProvision: provision, needs, fault }) => {
        faults.add(fault.replace(/^[A-Z]+ named twice$/, 'a need named twice').replace(/provision [EN]$/, 'provision E or N'));
        expect(checkNeeds('case', needs, provision)).toMatchObject({ _tag: 'Left', left: { code: 'needs-invalid' } });
      }),
      { numRuns: 300 },
    );
    expect([...faults].sort()).toEqual(['a need named twice', 'no primary need', 'no specialist assessment (NSA) with provision E or N', 'two primary needs']);
  });
});

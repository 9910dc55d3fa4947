import {
  academicYearStart,
  erasedPersonalData,
  staffordshireConfiguration,
  type AcademicYear,
  type CalendarDate,
  type DistrictId,
  type HubConfiguration,
  type NationalCurriculumYear,
  type PersonalDetails,
  type ReferralDetails,
} from '@send-hub/core';
import * as fc from 'fast-check';
import { plainRecord } from './plain-record';
import { academicYear, calendarDate } from './academic-time';
import { childReference, schoolUrn, shortText } from './identifiers';
import { validRankedNeeds } from './ranked-needs';
import { districtId, ethnicity, nationalCurriculumYear, senProvision, sex } from './reference-data';
import { sampleFamilyNames, sampleFirstNames, sampleNarratives } from './sample-words';

const childName = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...sampleFirstNames), fc.constantFrom(...sampleFamilyNames)).map(([first, family]) => `${first} ${family}`) },
    { weight: 1, arbitrary: shortText(sampleFirstNames) },
  );

/** How many years a year group is after Reception: Year 1 is 1, Nursery 1 is -2. */
const yearsAfterReception = (yearGroup: NationalCurriculumYear): number =>
  yearGroup === 'N1' ? -2 : yearGroup === 'N2' ? -1 : yearGroup === 'R' ? 0 : Number(yearGroup.slice(1));

/**
 * A date of birth that puts a child in `yearGroup` in `year`: children start
 * Reception in the academic year they turn five, so a Year 7 child in 2025/26 was
 * born between 1 September 2013 and 31 August 2014.
 */
export const dateOfBirthFor = (yearGroup: NationalCurriculumYear, year: AcademicYear): fc.Arbitrary<CalendarDate> => {
  const birthYearStart = academicYearStart(year) - yearsAfterReception(yearGroup) - 5;
  return calendarDate({ from: `${birthYearStart}-09-01`, to: `${birthYearStart + 1}-08-31` });
};

export interface PersonalDetailsOptions {
  readonly dateOfBirth?: fc.Arbitrary<CalendarDate>;
  /** Whether a field may already be erased (its key destroyed), as in histories read after an erasure. */
  readonly mayBeErased?: boolean;
}

const maybeErased = <Value>(value: fc.Arbitrary<Value>, mayBeErased: boolean): fc.Arbitrary<Value | typeof erasedPersonalData> =>
  mayBeErased ? fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(erasedPersonalData) }) : value;

/** A child's name, date of birth and the school's narrative. */
export const personalDetails = (options: PersonalDetailsOptions = {}): fc.Arbitrary<PersonalDetails> => {
  const mayBeErased = options.mayBeErased ?? false;
  return plainRecord({
    childName: maybeErased(childName(), mayBeErased),
    dateOfBirth: maybeErased(options.dateOfBirth ?? calendarDate({ from: '2000-09-01', to: '2024-08-31' }), mayBeErased),
    narrative: maybeErased(shortText(sampleNarratives), mayBeErased),
  });
};

export interface ReferralDetailsOptions {
  readonly configuration?: HubConfiguration;
  /** A fixed district; by default one of the configuration's. */
  readonly district?: DistrictId;
  readonly yearGroup?: NationalCurriculumYear;
  /** The academic year of the referral, so the date of birth fits the year group. */
  readonly academicYear?: AcademicYear;
  readonly mayBeErased?: boolean;
}

/** What a school tells the hub: codes the rules accept (valid needs for the provision) and personal details. */
export const referralDetails = (options: ReferralDetailsOptions = {}): fc.Arbitrary<ReferralDetails> =>
  fc
    .record({
      yearGroup: options.yearGroup === undefined ? nationalCurriculumYear() : fc.constant(options.yearGroup),
      year: options.academicYear === undefined ? academicYear() : fc.constant(options.academicYear),
      senProvision: senProvision(),
    })
    .chain(({ yearGroup, year, senProvision: provision }) =>
      plainRecord({
        childReference: childReference(),
        district: options.district === undefined ? districtId(options.configuration ?? staffordshireConfiguration) : fc.constant(options.district),
        school: schoolUrn(),
        yearGroup: fc.constant(yearGroup),
        senProvision: fc.constant(provision),
        needs: validRankedNeeds(provision),
        sex: sex(),
        ethnicity: ethnicity(),
        pupilPremium: fc.boolean(),
        assessPlanDoReviewCycles: fc.integer({ min: 0, max: 50 }),
        personal: personalDetails({ dateOfBirth: dateOfBirthFor(yearGroup, year), mayBeErased: options.mayBeErased ?? false }),
      }),
    );

import * as t from 'io-ts';
import { personal } from '../personal-data/personal-field';
import { DistrictId } from '../reference/districts';
import { Ethnicity } from '../reference/ethnicity';
import { NationalCurriculumYear } from '../reference/school-years';
import { Sex } from '../reference/sex';
import { SenProvision } from '../reference/special-educational-needs';
import { CalendarDate } from '../values/calendar-date';
import { ChildReference, SchoolUrn, ShortText } from '../values/identifiers';
import { listOf } from '../values/list-of';
import { exactType } from '../validation/exact-object';
import { RankedNeed } from './case-vocabulary';

const Cycles = new t.Type<number, number, unknown>(
  'a whole number of assess-plan-do-review cycles from 0 to 50',
  (input): input is number => typeof input === 'number' && Number.isInteger(input) && input >= 0 && input <= 50,
  (input, context) =>
    typeof input === 'number' && Number.isInteger(input) && input >= 0 && input <= 50 ? t.success(input) : t.failure(input, context),
  t.identity,
);

/**
 * The child's personal details. Every field is marked personal: encrypted with the
 * child's key when stored, and erased for good when that key is destroyed.
 */
export const PersonalDetails = exactType(
  {
    childName: personal(ShortText),
    dateOfBirth: personal(CalendarDate),
    narrative: personal(ShortText),
  },
  "the child's personal details",
);
export type PersonalDetails = t.TypeOf<typeof PersonalDetails>;

/**
 * What a school tells the hub when it refers a child: non-identifying codes (used by
 * the board's statistics, which survive erasure) plus the personal details.
 */
export const ReferralDetails = exactType(
  {
    childReference: ChildReference,
    district: DistrictId,
    school: SchoolUrn,
    yearGroup: NationalCurriculumYear,
    senProvision: SenProvision,
    needs: listOf(RankedNeed, 'a list of ranked needs'),
    sex: Sex,
    ethnicity: Ethnicity,
    pupilPremium: t.boolean,
    assessPlanDoReviewCycles: Cycles,
    personal: PersonalDetails,
  },
  'referral details',
);
export type ReferralDetails = t.TypeOf<typeof ReferralDetails>;

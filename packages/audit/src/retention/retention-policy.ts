import type { CalendarDate } from '@send-hub/core';
import * as t from 'io-ts';

const Years = new t.Type<number, number, unknown>(
  'a whole number of years from 0 to 150',
  (input): input is number => typeof input === 'number' && Number.isInteger(input) && input >= 0 && input <= 150,
  (input, context) => (typeof input === 'number' && Number.isInteger(input) && input >= 0 && input <= 150 ? t.success(input) : t.failure(input, context)),
  t.identity,
);

/**
 * How long a child's personal data is kept, counted from the date of birth. Councils
 * set their own periods (configuration, not code); a child who ever had an education,
 * health and care plan is kept for the longer period.
 */
export const RetentionPolicy = t.type(
  { yearsAfterDateOfBirth: Years, yearsAfterDateOfBirthWithPlan: Years },
  'a retention policy (yearsAfterDateOfBirth and yearsAfterDateOfBirthWithPlan)',
);
export type RetentionPolicy = t.TypeOf<typeof RetentionPolicy>;

/** Date of birth + 25 years, as many councils keep children's records; + 31 with a plan, as for school special educational needs files. */
export const defaultRetentionPolicy: RetentionPolicy = { yearsAfterDateOfBirth: 25, yearsAfterDateOfBirthWithPlan: 31 };

/** The same day `years` later; 29 February becomes 1 March in a year without one (when such a person comes of age in England). */
export const addYears = (date: CalendarDate, years: number): CalendarDate => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(0);
  shifted.setUTCFullYear(year + years, month - 1, day);
  return shifted.toISOString().slice(0, 10);
};

/** The first day the child's personal data is due to be forgotten. */
export const erasureDueOn = (policy: RetentionPolicy, dateOfBirth: CalendarDate, hadPlan: boolean): CalendarDate =>
  addYears(dateOfBirth, hadPlan ? policy.yearsAfterDateOfBirthWithPlan : policy.yearsAfterDateOfBirth);

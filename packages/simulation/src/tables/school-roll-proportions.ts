/*
 * The schools of a simulated district: a district of Staffordshire has roughly 40 to 60
 * primary schools, 6 to 10 secondary schools (about half with a sixth form), one or two
 * special schools and a further education college. Unique reference numbers (URNs) are
 * six digits, in the ranges England's register uses for maintained schools (12xxxx) and
 * academies (13xxxx to 15xxxx); they are drawn at random, so they name no real school.
 */

export interface SchoolCounts {
  readonly minimum: number;
  readonly maximum: number;
}

export const schoolCounts = {
  primary: { minimum: 38, maximum: 60 },
  secondary: { minimum: 6, maximum: 10 },
  special: { minimum: 1, maximum: 2 },
  college: { minimum: 1, maximum: 1 },
} as const satisfies Record<string, SchoolCounts>;

/** Share of primary schools with a nursery class (N1 and N2), and of secondary schools with a sixth form. */
export const primaryWithNurseryProbability = 0.5;
export const secondaryWithSixthFormProbability = 0.5;

/** Share of schools that are academies (the rest are maintained by the council). */
export const academyProbability = 0.6;
export const maintainedUrnRange = { minimum: 124_000, maximum: 125_999 };
export const academyUrnRange = { minimum: 136_000, maximum: 151_999 };

/**
 * How many referrals a school makes, relative to others of its kind: a few schools make
 * many (large, or with a high level of need), most make a few. Secondary schools are
 * bigger than primary schools, so each counts for more.
 */
export const referralWeightSpread = { minimum: 0.3, maximum: 3 };
export const phaseSizeFactor = { primary: 1, secondary: 4, special: 2.5, college: 3 } as const;

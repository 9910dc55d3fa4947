import type { Ethnicity, NationalCurriculumYear, NeedType, SenProvision, Sex } from '@send-hub/core';
import type { WeightTable } from '../random/seeded-random';

/*
 * Who schools bring to a district hub. The shapes follow the Department for Education's
 * "Special educational needs in England" (January 2024 and 2025 school census): boys
 * are about two thirds of pupils with SEN support and nearly three quarters of those
 * with an education, health and care (EHC) plan; speech, language and communication
 * needs (SLCN), social, emotional and mental health (SEMH) and autism (ASD) are the
 * commonest primary needs, then moderate (MLD) and specific (SPLD) learning difficulty.
 * A hub sees the children a school is struggling to support, so SEMH is weighted above
 * its census share, and most children are on SEN support (K) rather than an EHC plan (E).
 * The figures are the simulation's assumptions, rounded, not statistics.
 */

/** Provision: mostly SEN support; some with a plan; some with no recorded SEN yet (the concern is new). */
export const provisionWeights: WeightTable<SenProvision> = [
  ['K', 74],
  ['E', 13],
  ['N', 13],
];

/** Year groups: weighted to primary and early secondary, where most hub referrals come from. */
export const yearGroupWeights: WeightTable<NationalCurriculumYear> = [
  ['N1', 0.4], ['N2', 1.2], ['R', 4],
  ['Y1', 6], ['Y2', 7], ['Y3', 8], ['Y4', 8.5], ['Y5', 9], ['Y6', 8.5],
  ['Y7', 9.5], ['Y8', 9], ['Y9', 8], ['Y10', 6], ['Y11', 4],
  ['Y12', 2], ['Y13', 1.2], ['Y14', 0.3],
];

/** Sex by provision (census: SEN support about 64 per cent boys, EHC plans about 72 per cent). */
export const sexWeightsByProvision: Readonly<Record<SenProvision, WeightTable<Sex>>> = {
  K: [['M', 66], ['F', 33.5], ['U', 0.5]],
  E: [['M', 73], ['F', 26.5], ['U', 0.5]],
  N: [['M', 62], ['F', 37.5], ['U', 0.5]],
};

/** Primary need by provision. NSA (no specialist assessment) is given only with SEN support, as the rules require. */
export const primaryNeedWeightsByProvision: Readonly<Record<SenProvision, WeightTable<NeedType>>> = {
  K: [
    ['SEMH', 30], ['SLCN', 21], ['ASD', 15], ['MLD', 10], ['SPLD', 8],
    ['OTH', 3], ['NSA', 3.5], ['PD', 2.5], ['HI', 1.5], ['VI', 1], ['SLD', 1.5], ['MSI', 0.3], ['PMLD', 0.2],
  ],
  E: [
    ['ASD', 32], ['SEMH', 19], ['SLCN', 17], ['SLD', 8], ['MLD', 7], ['PD', 4.5],
    ['SPLD', 3], ['HI', 2], ['VI', 1.2], ['PMLD', 2], ['MSI', 0.5], ['OTH', 2],
  ],
  N: [['SEMH', 40], ['SLCN', 20], ['ASD', 14], ['MLD', 9], ['SPLD', 9], ['OTH', 8]],
};

/** How often a referral names a secondary need as well. */
export const secondaryNeedProbability = 0.35;

/** The secondary need, when there is one (never the same as the primary, never NSA). */
export const secondaryNeedWeights: WeightTable<NeedType> = [
  ['SLCN', 24], ['SEMH', 24], ['ASD', 12], ['MLD', 12], ['SPLD', 10],
  ['OTH', 6], ['PD', 4], ['HI', 2], ['VI', 1.5], ['SLD', 2], ['MSI', 0.5],
];

/**
 * Ethnicity, weighted like a largely white English county (Staffordshire's school census:
 * about four in five pupils White British). REFU (refused) and NOBT (not yet obtained)
 * appear as schools record them; nothing imputes them.
 */
export const ethnicityWeights: WeightTable<Ethnicity> = [
  ['WBRI', 80], ['WIRI', 0.3], ['WIRT', 0.3], ['WOTH', 4.2], ['WROM', 0.5],
  ['MWBC', 1.8], ['MWBA', 0.5], ['MWAS', 1], ['MOTH', 1.3],
  ['AIND', 1.4], ['APKN', 2.2], ['ABAN', 0.3], ['AOTH', 0.8],
  ['BCRB', 0.4], ['BAFR', 1.1], ['BOTH', 0.3],
  ['CHNE', 0.3], ['OOTH', 0.8], ['REFU', 0.9], ['NOBT', 0.6],
];

/** Districts whose communities differ from the county's: Burton upon Trent has a large Pakistani heritage community. */
export const ethnicityWeightsByDistrict: Readonly<Record<string, WeightTable<Ethnicity>>> = {
  'east-staffordshire': ethnicityWeights.map(([code, weight]) => [code, code === 'APKN' ? 9 : code === 'WBRI' ? 72 : weight] as const),
};

/** Pupil premium: pupils with SEN are about twice as likely to be eligible for free school meals as others. */
export const pupilPremiumProbability = 0.38;

/** Rounds of assess, plan, do, review the school tried before referring. */
export const assessPlanDoReviewCycleWeights: WeightTable<number> = [
  [0, 3], [1, 20], [2, 34], [3, 25], [4, 10], [5, 5], [6, 3],
];

/**
 * How busy each half term is, relative to the average (the six factors average 1):
 * referrals build through the autumn once schools know their new pupils, and fall away
 * in the last half term of the year.
 */
export const referralSeasonFactors: ReadonlyArray<number> = [0.85, 1.15, 1.1, 1.1, 1.0, 0.8];

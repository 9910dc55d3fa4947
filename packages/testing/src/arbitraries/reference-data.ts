import {
  actionOutcomes,
  agencies,
  closureReasons,
  lmgOutcomes,
  type LMGOutcome,
  consentForms,
  consentGivers,
  ethnicities,
  nationalCurriculumYears,
  needTypes,
  reviewConclusions,
  senProvisions,
  sexes,
  staffordshireConfiguration,
  viewsHolders,
  waysViewsWereHeard,
  type ActionOutcome,
  type Agency,
  type ClosureReason,
  type ConsentForm,
  type ConsentGiver,
  type District,
  type DistrictId,
  type Ethnicity,
  type HubConfiguration,
  type NationalCurriculumYear,
  type NeedType,
  type ReviewConclusion,
  type SenProvision,
  type Sex,
  type ViewsHolder,
  type WayViewsWereHeard,
} from '@send-hub/core';
import * as fc from 'fast-check';
import { builtOnce } from './built-once';

/** Any one of a coded value list's codes (the core's `codedValues` lists). */
export const codeOf = <Code extends string>(values: { readonly codes: ReadonlyArray<Code> }): fc.Arbitrary<Code> => {
  if (values.codes.length === 0) throw new RangeError('codeOf: the coded value list has no codes.');
  return fc.constantFrom(...values.codes);
};

const districtsOf = (configuration: HubConfiguration): ReadonlyArray<District> => {
  if (configuration.districts.length === 0) {
    throw new RangeError(`The hub configuration of ${configuration.councilName} has no districts, so no district can be generated.`);
  }
  return configuration.districts;
};

/** One of the configuration's districts (Staffordshire's eight by default). */
export const district = (configuration: HubConfiguration = staffordshireConfiguration): fc.Arbitrary<District> =>
  fc.constantFrom(...districtsOf(configuration));

/** The id of one of the configuration's districts ("stafford", "cannock-chase", ...). */
export const districtId = (configuration: HubConfiguration = staffordshireConfiguration): fc.Arbitrary<DistrictId> =>
  district(configuration).map((chosen) => chosen.id);

/** A well-formed district id that may name no district of any configuration. */
export const anyDistrictId = builtOnce((): fc.Arbitrary<DistrictId> => fc.stringMatching(/^[a-z]{1,12}(?:-[a-z]{1,12}){0,2}$/));

export const nationalCurriculumYear = (): fc.Arbitrary<NationalCurriculumYear> => codeOf(nationalCurriculumYears);
export const senProvision = (): fc.Arbitrary<SenProvision> => codeOf(senProvisions);
export const needType = (): fc.Arbitrary<NeedType> => codeOf(needTypes);
export const ethnicity = (): fc.Arbitrary<Ethnicity> => codeOf(ethnicities);
export const sex = (): fc.Arbitrary<Sex> => codeOf(sexes);
export const agency = (): fc.Arbitrary<Agency> => codeOf(agencies);
export const consentGiver = (): fc.Arbitrary<ConsentGiver> => codeOf(consentGivers);
export const consentForm = (): fc.Arbitrary<ConsentForm> => codeOf(consentForms);
export const actionOutcome = (): fc.Arbitrary<ActionOutcome> => codeOf(actionOutcomes);
export const reviewConclusion = (): fc.Arbitrary<ReviewConclusion> => codeOf(reviewConclusions);
export const closureReason = (): fc.Arbitrary<ClosureReason> => codeOf(closureReasons);

export const viewsHolder = (): fc.Arbitrary<ViewsHolder> => codeOf(viewsHolders);
export const wayViewsWereHeard = (): fc.Arbitrary<WayViewsWereHeard> => codeOf(waysViewsWereHeard);
export const lmgOutcome = (): fc.Arbitrary<LMGOutcome> => codeOf(lmgOutcomes);

import {
  AcademicYear,
  staffordshireConfiguration,
  type DistrictId,
  type HalfTermCalendar,
  type HubConfiguration,
} from '@send-hub/core';
import type { SimulationProgress } from './report/simulation-report';

export interface SimulationOptions {
  /** Any text: the same seed gives the same history, byte for byte. */
  readonly seed: string;
  /** The districts to simulate, in this order; every district of the configuration by default. */
  readonly districts?: ReadonlyArray<DistrictId>;
  /** The council; Staffordshire by default. Open the hub with the same configuration. */
  readonly configuration?: HubConfiguration;
  /** The council's half-term dates; the configuration's by default (English schools' typical dates). The hub is opened with them: see `hubOptions`. */
  readonly halfTermCalendar?: HalfTermCalendar;
  /** The academic year of the first half term (Autumn 1); 2025/26 by default. */
  readonly firstAcademicYear?: string;
  /** How many half terms to simulate, running on into later academic years; 6 (one year) by default. */
  readonly halfTerms?: number;
  /**
   * The scale: about how many new referrals each district's hub receives each half term
   * (varied by season); 12 by default. A run records roughly 7 events per referral.
   */
  readonly referralsPerDistrictPerHalfTerm?: number;
  /** Told how far the run has got: after each half term, and every few thousand commands. */
  readonly onProgress?: (progress: SimulationProgress) => void;
}

export interface ResolvedOptions {
  readonly seed: string;
  readonly districts: ReadonlyArray<DistrictId>;
  readonly configuration: HubConfiguration;
  readonly halfTermCalendar: HalfTermCalendar;
  readonly firstAcademicYear: AcademicYear;
  readonly halfTerms: number;
  readonly referralsPerDistrictPerHalfTerm: number;
  readonly onProgress: ((progress: SimulationProgress) => void) | undefined;
}

export const defaultReferralsPerDistrictPerHalfTerm = 12;

/** Checks the options and fills in the defaults; a mistake in them is the caller's bug, so it throws, saying what is wrong. */
export const resolveOptions = (options: SimulationOptions): ResolvedOptions => {
  const given = options.configuration ?? staffordshireConfiguration;
  // The hub decides meeting dates by its configuration's calendar, so the simulation's calendar goes into it.
  const configuration = options.halfTermCalendar === undefined ? given : { ...given, halfTermCalendar: options.halfTermCalendar };
  if (typeof options.seed !== 'string' || options.seed.length === 0) throw new TypeError('The simulation needs a seed: any non-empty text.');
  const known = new Set(configuration.districts.map((district) => district.id));
  const districts = options.districts ?? configuration.districts.map((district) => district.id);
  const unknown = districts.filter((district) => !known.has(district));
  if (unknown.length > 0) throw new RangeError(`${configuration.councilName} has no district ${unknown.map((district) => `"${district}"`).join(', ')}.`);
  if (districts.length === 0) throw new RangeError('The simulation needs at least one district.');
  if (new Set(districts).size !== districts.length) throw new RangeError('A district is named twice in the simulation options.');
  const firstAcademicYear = options.firstAcademicYear ?? '2025/26';
  if (!AcademicYear.is(firstAcademicYear)) throw new RangeError(`"${firstAcademicYear}" is not an academic year written like 2025/26.`);
  const halfTerms = options.halfTerms ?? 6;
  if (!Number.isSafeInteger(halfTerms) || halfTerms < 1) throw new RangeError(`halfTerms must be a whole number of at least 1, but was ${String(halfTerms)}.`);
  const referrals = options.referralsPerDistrictPerHalfTerm ?? defaultReferralsPerDistrictPerHalfTerm;
  if (!Number.isFinite(referrals) || referrals < 0) {
    throw new RangeError(`referralsPerDistrictPerHalfTerm must be a number of at least 0, but was ${String(referrals)}.`);
  }
  return {
    seed: options.seed,
    districts: [...districts],
    configuration,
    halfTermCalendar: configuration.halfTermCalendar,
    firstAcademicYear,
    halfTerms,
    referralsPerDistrictPerHalfTerm: referrals,
    onProgress: options.onProgress,
  };
};

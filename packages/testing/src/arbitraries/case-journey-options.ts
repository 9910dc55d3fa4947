import type { CaseId, DistrictId, HalfTermCalendar, HubConfiguration, NationalCurriculumYear } from '@send-hub/core';
import type { DateRange } from './academic-time';

export interface CaseJourneyOptions {
  /** The council's districts; Staffordshire's by default. The journey's decider must use the same configuration. */
  readonly configuration?: HubConfiguration;
  /** Where half terms start, to date meetings inside their half term; the default calendar by default. */
  readonly calendar?: HalfTermCalendar;
  /** A fixed case id; by default a new one for each journey. */
  readonly caseId?: CaseId;
  /** A fixed district; by default one of the configuration's. */
  readonly district?: DistrictId;
  /** A fixed year group; by default any, so some young people consent for themselves. */
  readonly yearGroup?: NationalCurriculumYear;
  /** When the referral is made; 1 September 2023 to 31 August 2026 by default. */
  readonly referredBetween?: DateRange;
  /** At least this many agree-and-review cycles (0 by default: some journeys stop early). */
  readonly minReviewCycles?: number;
  /** At most this many agree-and-review cycles (3 by default). */
  readonly maxReviewCycles?: number;
}

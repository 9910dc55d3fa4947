import {
  Agency,
  CalendarDate,
  CaseId,
  ClosureReason,
  DistrictId,
  Ethnicity,
  LMGOutcome,
  NationalCurriculumYear,
  NeedType,
  SchoolUrn,
  ReviewConclusion,
  SenProvision,
  Sex,
} from '@send-hub/core';
import * as t from 'io-ts';

const optional = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);

/** A half term as one number (`termOrdinal`): compact to keep and quick to compare. */
const TermNumber = t.number;

/** Counts of action outcomes in one review: worked, partly worked, did not work, not done. */
export const OutcomeCounts = t.tuple([t.number, t.number, t.number, t.number], 'counts of action outcomes');
export const outcomeOrder = ['worked', 'partly-worked', 'did-not-work', 'not-done'] as const;

/** A review: when, at which half term's meeting, its conclusion, its outcomes, and the half term whose meeting agreed the actions it reviewed. */
export const BoardReview = t.type(
  { on: CalendarDate, term: TermNumber, conclusion: ReviewConclusion, outcomes: OutcomeCounts },
  'a review',
);
export type BoardReview = t.TypeOf<typeof BoardReview>;

/**
 * One case as the board sees it: the referral's non-identifying codes and the dates
 * of what happened, never a name, a date of birth or a narrative. `district` and `school`
 * stay the referral's: the board counts a case where it was referred, and its moves apart. So erasing a child's
 * personal data leaves the board's figures as they were.
 */
export const BoardCase = t.type(
  {
    caseId: CaseId,
    district: DistrictId,
    /** The referring school's unique reference number: public, and no child's. */
    school: SchoolUrn,
    sex: Sex,
    ethnicity: Ethnicity,
    yearGroup: NationalCurriculumYear,
    primaryNeed: optional(NeedType),
    senProvision: SenProvision,
    pupilPremium: t.boolean,
    /** The same child reference had an earlier case. */
    reReferral: t.boolean,
    referredOn: CalendarDate,
    consentsGivenOn: t.array(CalendarDate),
    firstDiscussion: optional(t.type({ on: CalendarDate, term: TermNumber })),
    /** The half term of each meeting that agreed actions for the child, in order. */
    agreedTerms: t.array(TermNumber),
    reviews: t.array(BoardReview),
    escalatedOn: optional(CalendarDate),
    /** Each discussion of the case by the Locality Management Group, with its outcome. */
    lmgDiscussions: t.array(t.type({ on: CalendarDate, outcome: LMGOutcome })),
    closure: optional(t.type({ on: CalendarDate, reason: ClosureReason })),
    /** Each move of the child within the case: the districts left and joined (the same one for a move of school within it). */
    moves: t.array(t.type({ on: CalendarDate, from: DistrictId, to: DistrictId })),
  },
  'a case as the board counts it',
);
export type BoardCase = t.TypeOf<typeof BoardCase>;

export const BoardMeeting = t.type({ district: DistrictId, term: TermNumber, held: t.boolean, agencies: t.array(Agency) }, 'a meeting as the board counts it');
export type BoardMeeting = t.TypeOf<typeof BoardMeeting>;

export const BoardState = t.type(
  { cases: t.array(BoardCase), meetings: t.array(BoardMeeting), referredChildren: t.array(t.string) },
  'the Partnership Board read model',
);
export type BoardState = t.TypeOf<typeof BoardState>;

/**
 * The Partnership Board read model for the whole county. Changed in place by the
 * reducer and owned by one runner at a time: see `Projection`.
 */
export interface BoardModel {
  readonly cases: Map<string, BoardCase>;
  /** By meeting stream id. */
  readonly meetings: Map<string, BoardMeeting>;
  /** Pseudonymous child references already referred, to count re-referrals. */
  readonly referredChildren: Set<string>;
}

export const emptyBoardModel = (): BoardModel => ({ cases: new Map(), meetings: new Map(), referredChildren: new Set() });

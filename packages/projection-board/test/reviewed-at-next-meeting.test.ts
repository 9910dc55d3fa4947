import { defaultHalfTermCalendar, halfTermStartDate, termOrdinal, type HalfTerm } from '@send-hub/core';
import {
  BoardPeriod,
  dueReviewsOf,
  emptyBoardModel,
  meetingLookup,
  reviewDueTermOf,
  reviewTimingCounts,
  type BoardCase,
  type BoardModel,
  type BoardReview,
} from '../src';

const year = '2025/26';
const term = (halfTerm: HalfTerm, academicYear = year): number => termOrdinal({ academicYear, halfTerm });
const dateIn = (halfTerm: HalfTerm): string => halfTermStartDate(defaultHalfTermCalendar, { academicYear: year, halfTerm });

const review = (halfTerm: HalfTerm): BoardReview => ({ on: dateIn(halfTerm), term: term(halfTerm), conclusion: 'continue-with-new-actions', outcomes: [1, 0, 0, 0] });

const boardCase = (changes: Partial<BoardCase>): BoardCase => ({
  caseId: 'case-1',
  district: 'tamworth',
  school: '124001',
  sex: 'F',
  ethnicity: 'WBRI',
  yearGroup: 'Y5',
  primaryNeed: 'SEMH',
  senProvision: 'K',
  pupilPremium: false,
  reReferral: false,
  referredOn: dateIn(1),
  consentsGivenOn: [dateIn(1)],
  firstDiscussion: { on: dateIn(1), term: term(1) },
  agreedTerms: [],
  reviews: [],
  escalatedOn: null,
  lmgDiscussions: [],
  closure: null,
  moves: [],
  ...changes,
});

/** A model holding the district's meetings: held ones and cancelled ones, by half term. */
const withMeetings = (held: ReadonlyArray<HalfTerm>, cancelled: ReadonlyArray<HalfTerm> = []): BoardModel => {
  const model = emptyBoardModel();
  for (const halfTerm of held) model.meetings.set(`held ${halfTerm}`, { district: 'tamworth', term: term(halfTerm), held: true, agencies: ['education'] });
  for (const halfTerm of cancelled) model.meetings.set(`cancelled ${halfTerm}`, { district: 'tamworth', term: term(halfTerm), held: false, agencies: [] });
  return model;
};

const termOfDate = (date: string): number => new BoardPeriod({ academicYear: year }, defaultHalfTermCalendar).termOfDate(date);

describe('agreed actions reviewed at the next meeting held, as the process plans', () => {
  it('counts actions reviewed at the very next meeting as reviewed as planned, in the half term the review was due', () => {
    const meetings = meetingLookup(withMeetings([1, 2, 3]));
    const counted = boardCase({ agreedTerms: [term(1), term(2)], reviews: [review(2), review(3)] });
    expect(dueReviewsOf(counted, meetings, termOfDate)).toEqual([
      { dueTerm: term(2), timing: 'as-planned' },
      { dueTerm: term(3), timing: 'as-planned' },
    ]);
  });

  it('moves the review past a cancelled meeting: due at the next meeting held, and on time there', () => {
    const meetings = meetingLookup(withMeetings([1, 3], [2]));
    expect(reviewDueTermOf('tamworth', term(1), meetings)).toBe(term(3));
    expect(dueReviewsOf(boardCase({ agreedTerms: [term(1)], reviews: [review(3)] }), meetings, termOfDate)).toEqual([{ dueTerm: term(3), timing: 'as-planned' }]);
    // Without the cancellation known, the same review came a meeting late.
    expect(dueReviewsOf(boardCase({ agreedTerms: [term(1)], reviews: [review(3)] }), meetingLookup(withMeetings([1, 2, 3])), termOfDate)).toEqual([{ dueTerm: term(2), timing: 'later' }]);
  });

  it('skips several cancelled meetings in a row, and crosses into the next academic year after Summer 2', () => {
    expect(reviewDueTermOf('tamworth', term(3), meetingLookup(withMeetings([3], [4, 5])))).toBe(term(6));
    expect(reviewDueTermOf('tamworth', term(6), meetingLookup(withMeetings([6])))).toBe(term(1, '2026/27'));
    // Another district's cancellation moves nothing.
    expect(reviewDueTermOf('lichfield', term(1), meetingLookup(withMeetings([1], [2])))).toBe(term(2));
  });

  it('counts actions not reviewed once the meeting they were due at was held, and not before', () => {
    const counted = boardCase({ agreedTerms: [term(2)] });
    expect(dueReviewsOf(counted, meetingLookup(withMeetings([2, 3])), termOfDate)).toEqual([{ dueTerm: term(3), timing: 'not-reviewed' }]);
    expect(dueReviewsOf(counted, meetingLookup(withMeetings([2])), termOfDate)).toEqual([]);
  });

  it('leaves out actions whose case was closed before their review fell due, but not those reviewed before the case closed', () => {
    const meetings = meetingLookup(withMeetings([1, 2, 3]));
    expect(dueReviewsOf(boardCase({ agreedTerms: [term(1)], closure: { on: dateIn(2), reason: 'consent-withdrawn' } }), meetings, termOfDate)).toEqual([]);
    expect(dueReviewsOf(boardCase({ agreedTerms: [term(1)], reviews: [review(2)], closure: { on: dateIn(2), reason: 'needs-met' } }), meetings, termOfDate)).toEqual([
      { dueTerm: term(2), timing: 'as-planned' },
    ]);
    // Closed after the due meeting went by without a review: the review was missed.
    expect(dueReviewsOf(boardCase({ agreedTerms: [term(1)], closure: { on: dateIn(3), reason: 'other' } }), meetings, termOfDate)).toEqual([{ dueTerm: term(2), timing: 'not-reviewed' }]);
  });

  it('counts each agreement in the period its review fell due, for the district asked about', () => {
    const model = withMeetings([1, 2, 3, 4]);
    model.cases.set('case-1', boardCase({ agreedTerms: [term(1), term(3)], reviews: [review(3), review(4)] }));
    model.cases.set('case-2', boardCase({ caseId: 'case-2', agreedTerms: [term(2)] }));
    const meetings = meetingLookup(model);
    const period = (halfTerm?: HalfTerm) => new BoardPeriod({ academicYear: year, ...(halfTerm === undefined ? {} : { halfTerm }) }, defaultHalfTermCalendar);
    expect(reviewTimingCounts(model.cases.values(), period(), meetings)).toEqual({ 'as-planned': 1, later: 1, 'not-reviewed': 1 });
    expect(reviewTimingCounts(model.cases.values(), period(2), meetings)).toEqual({ 'as-planned': 0, later: 1, 'not-reviewed': 0 });
    expect(reviewTimingCounts(model.cases.values(), period(3), meetings)).toEqual({ 'as-planned': 0, later: 0, 'not-reviewed': 1 });
    expect(reviewTimingCounts(model.cases.values(), new BoardPeriod({ academicYear: '2024/25' }, defaultHalfTermCalendar), meetings)).toEqual({ 'as-planned': 0, later: 0, 'not-reviewed': 0 });
  });

  it('judges a review of actions that moved with the child by the meetings of the district that reviews them', () => {
    // Agreed at Tamworth in Autumn 1; the child moved to Lichfield, whose Autumn 2 meeting was cancelled; reviewed there in Spring 1.
    const model = withMeetings([1, 2, 3]);
    model.meetings.set('lichfield cancelled 2', { district: 'lichfield', term: term(2), held: false, agencies: [] });
    model.meetings.set('lichfield held 3', { district: 'lichfield', term: term(3), held: true, agencies: ['education'] });
    const moved = boardCase({ agreedTerms: [term(1)], reviews: [review(3)], moves: [{ on: dateIn(2), from: 'tamworth', to: 'lichfield' }] });
    expect(dueReviewsOf(moved, meetingLookup(model), termOfDate)).toEqual([{ dueTerm: term(3), timing: 'as-planned' }]);
    // Had it stayed, Tamworth's Autumn 2 meeting was held: the same review would be late.
    expect(dueReviewsOf({ ...moved, moves: [] }, meetingLookup(model), termOfDate)).toEqual([{ dueTerm: term(2), timing: 'later' }]);
  });
});

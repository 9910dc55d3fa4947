import { halfTermLabel, type HalfTerm } from '@send-hub/core';
import type { BoardModel } from '../board-model';
import { casesIn } from '../figures/board-figures';
import { BoardPeriod, type BoardSettings } from '../figures/board-selection';
import { meetingLookup, reviewTimingCounts, reviewTimingLabels, reviewTimings, type MeetingLookup } from '../figures/reviewed-at-next-meeting';
import type { CountTable } from '../publication/count-table';
import type { PlaceRequest } from './referral-breakdowns';

const halfTerms: ReadonlyArray<HalfTerm> = [1, 2, 3, 4, 5, 6];

/**
 * Each agreement of actions by how its review went, in the half term it was due: at the next
 * meeting held (as the process plans), at a later one, or not at all. Each column's total is the
 * agreements due for review at that half term's meeting.
 */
export const reviewTimingTable = (model: BoardModel, request: PlaceRequest, settings: BoardSettings, meetings: MeetingLookup = meetingLookup(model)): CountTable => {
  const perTerm = halfTerms.map((halfTerm) => reviewTimingCounts(casesIn(model, request.district), new BoardPeriod({ academicYear: request.academicYear, halfTerm }, settings.calendar), meetings));
  return {
    title: `Agreed actions reviewed at the next meeting held, by the half term the review was due, ${request.where}, ${request.academicYear}`,
    rowHeading: 'Review',
    rows: reviewTimings.map((timing) => ({ key: timing, label: reviewTimingLabels[timing] })),
    columns: halfTerms.map((halfTerm) => ({ key: String(halfTerm), label: halfTermLabel(halfTerm) })),
    counts: reviewTimings.map((timing) => perTerm.map((counts) => counts[timing])),
  };
};

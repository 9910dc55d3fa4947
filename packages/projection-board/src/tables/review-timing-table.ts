import type { AcademicYear } from '@send-hub/core';
import type { BoardModel } from '../board-model';
import { casesIn } from '../figures/board-figures';
import { BoardPeriod, type BoardSettings } from '../figures/board-selection';
import { meetingLookup, reviewTimingCounts, reviewTimingLabels, reviewTimings, type MeetingLookup } from '../figures/reviewed-at-next-meeting';
import type { CountTable } from '../publication/count-table';

export interface ReviewTimingRequest {
  readonly academicYear: AcademicYear;
  /** One district's row; a row for every district (the county's table) when left out. */
  readonly district?: string;
  /** "Staffordshire County Council" or "Tamworth district", for the title. */
  readonly where: string;
}

/**
 * Agreements of actions whose review fell due in the year, by district and by how the review
 * went: at the next meeting held (as the process plans), at a later one, or not at all. Each
 * row's total is the district's agreements due for review.
 */
export const reviewTimingTable = (model: BoardModel, request: ReviewTimingRequest, settings: BoardSettings, meetings: MeetingLookup = meetingLookup(model)): CountTable => {
  const period = new BoardPeriod({ academicYear: request.academicYear }, settings.calendar);
  const districts = settings.configuration.districts.filter((district) => request.district === undefined || district.id === request.district);
  return {
    title: `Agreed actions reviewed at the next meeting held, ${request.where}, ${request.academicYear}`,
    rowHeading: 'District',
    rows: districts.map((district) => ({ key: district.id, label: district.name })),
    columns: reviewTimings.map((timing) => ({ key: timing, label: reviewTimingLabels[timing] })),
    counts: districts.map((district) => {
      const counts = reviewTimingCounts(casesIn(model, district.id), period, meetings);
      return reviewTimings.map((timing) => counts[timing]);
    }),
  };
};

import type { AcademicYear } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type { BoardModel } from '../board-model';
import { defaultBoardSettings, type BoardSettings } from '../figures/board-selection';
import type { PublishedTable, TableRejection } from '../publication/publish-table';
import type { BoardMeasure } from '../tables/half-term-table';
import type { PublishedEquity } from '../tables/published-equity';
import type { BoardTable } from './board-table';
import { publishBoard, type BoardPublication } from './board-publication';

export interface BoardReportRequest {
  readonly academicYear: AcademicYear;
  /** One district; the county when left out. */
  readonly district?: string;
  /**
   * Apply disclosure control (default true): counts from 1 to `threshold` and the figures
   * that would reveal them are shown as [c]. Turn off only for the council's own eyes.
   */
  readonly suppress?: boolean;
  readonly threshold?: number;
}

export interface TimelinessRow {
  readonly label: string;
  readonly cases: string;
  readonly median: string;
  readonly percentile90: string;
}

export interface AttendanceRow {
  readonly label: string;
  readonly meetings: number;
  /** "87.5%", or [z] when no meeting was held. */
  readonly share: string;
}

/** Over the year: agreements of actions due for review, those reviewed at the next meeting held, and the share. */
export interface ReviewedAtNextMeeting {
  readonly due: string;
  readonly asPlanned: string;
  /** "72.5%", [c] with either count withheld, [z] with nothing due. */
  readonly share: string;
}

/** Everything the board reads for a year, every figure already in the form it may be shown. */
export interface BoardReport {
  readonly title: string;
  readonly academicYear: AcademicYear;
  readonly district: string | undefined;
  /** "Staffordshire County Council" or "Tamworth district". */
  readonly place: string;
  readonly suppressed: boolean;
  readonly threshold: number;
  /** Each measure over the six half terms: by district for the county, one row for a district. */
  readonly measures: ReadonlyArray<{ readonly measure: BoardMeasure; readonly table: PublishedTable }>;
  readonly timeliness: ReadonlyArray<TimelinessRow>;
  readonly reviewConclusions: PublishedTable;
  readonly actionOutcomes: PublishedTable;
  /** The Locality Management Group's outcomes by half term. */
  readonly lmgOutcomes: PublishedTable;
  readonly multiAgency: { readonly meetingsHeld: number; readonly meetingsCancelled: number; readonly attendance: ReadonlyArray<AttendanceRow> };
  readonly equity: ReadonlyArray<PublishedEquity>;
  readonly reviewedAtNextMeeting: ReviewedAtNextMeeting;
  /**
   * Further tables, as data (see `BoardTable`): referrals by phase, by year group and by school,
   * and the actions reviewed at the next meeting held. The text report, the CSV file and the
   * web page show every table here, so a table added to this list needs nothing more to appear.
   */
  readonly tables: ReadonlyArray<BoardTable>;
  readonly note: string;
}

/**
 * The Partnership Board's report for a district or the county over an academic year, as it
 * is published with the county's and every district's report for that year (`publishBoard`):
 * suppression is decided over all of them, so no report can be set beside another to undo it.
 */
export const boardReport = (model: BoardModel, request: BoardReportRequest, settings: BoardSettings = defaultBoardSettings): E.Either<TableRejection, BoardReport> =>
  E.chain((publication: BoardPublication): E.Either<TableRejection, BoardReport> => {
    const report = publication.reports.find((candidate) => candidate.district === request.district);
    return report === undefined
      ? E.left({ _tag: 'TableRejection', code: 'table-invalid', message: `The board publishes no report for the district "${request.district ?? ''}": it is not one of the council's districts.` })
      : E.right(report);
  })(publishBoard(model, { academicYears: [request.academicYear], ...(request.suppress === undefined ? {} : { suppress: request.suppress }), ...(request.threshold === undefined ? {} : { threshold: request.threshold }) }, settings));

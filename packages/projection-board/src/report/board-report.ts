import { actionOutcomes, districtName, halfTermLabel, reviewConclusions, type AcademicYear, type HalfTerm } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type { BoardModel } from '../board-model';
import { boardFigures } from '../figures/board-figures';
import { defaultBoardSettings, type BoardSettings, type Ratio } from '../figures/board-selection';
import { equityDimensions } from '../figures/equity';
import type { CountTable } from '../publication/count-table';
import { publishDuration } from '../publication/publish-statistics';
import { defaultSuppressionThreshold, publishTable, type PublishedTable, type TableRejection } from '../publication/publish-table';
import { boardMeasures, halfTermTable, type BoardMeasure } from '../tables/half-term-table';
import { publishEquity, type PublishedEquity } from '../tables/published-equity';

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

/** Everything the board reads for a year, every figure already in the form it may be shown. */
export interface BoardReport {
  readonly title: string;
  readonly academicYear: AcademicYear;
  readonly district: string | undefined;
  readonly suppressed: boolean;
  readonly threshold: number;
  /** Each measure over the six half terms: by district for the county, one row for a district. */
  readonly measures: ReadonlyArray<{ readonly measure: BoardMeasure; readonly table: PublishedTable }>;
  readonly timeliness: ReadonlyArray<TimelinessRow>;
  readonly reviewConclusions: PublishedTable;
  readonly actionOutcomes: PublishedTable;
  readonly multiAgency: { readonly meetingsHeld: number; readonly meetingsCancelled: number; readonly attendance: ReadonlyArray<AttendanceRow> };
  readonly equity: ReadonlyArray<PublishedEquity>;
  readonly note: string;
}

const halfTerms: ReadonlyArray<HalfTerm> = [1, 2, 3, 4, 5, 6];
const halfTermColumns = halfTerms.map((halfTerm) => ({ key: String(halfTerm), label: halfTermLabel(halfTerm) }));

const measureTable = (model: BoardModel, measure: BoardMeasure, request: BoardReportRequest, settings: BoardSettings): CountTable => {
  const table = halfTermTable(model, { measure, rows: 'district', academicYear: request.academicYear }, settings);
  if (request.district === undefined) return table;
  const index = table.rows.findIndex((row) => row.key === request.district);
  const where = districtName(settings.configuration, request.district);
  return { ...table, title: `${boardMeasures.label(measure)} by half term, ${where}, ${request.academicYear}`, rows: table.rows.slice(index, index + 1), counts: table.counts.slice(index, index + 1) };
};

/** Review conclusions or action outcomes by half term: rows the codes, columns the half terms. */
const codeTable = <Code extends string>(
  title: string,
  rowHeading: string,
  values: { readonly codes: ReadonlyArray<Code>; readonly label: (code: Code) => string },
  countsOf: (halfTerm: HalfTerm) => Readonly<Record<Code, number>>,
): CountTable => {
  const perTerm = halfTerms.map(countsOf);
  return {
    title,
    rowHeading,
    rows: values.codes.map((code) => ({ key: code, label: values.label(code) })),
    columns: halfTermColumns,
    counts: values.codes.map((code) => perTerm.map((counts) => counts[code])),
  };
};

const shareOf = (part: Ratio): string => (part.percentage === null ? '[z]' : `${part.percentage.toFixed(1)}%`);

/**
 * The Partnership Board's report for a district or the county over an academic year.
 * Published (suppressed) by default; every table goes through `publishTable`.
 */
export const boardReport = (model: BoardModel, request: BoardReportRequest, settings: BoardSettings = defaultBoardSettings): E.Either<TableRejection, BoardReport> => {
  const suppress = request.suppress ?? true;
  const threshold = suppress ? (request.threshold ?? defaultSuppressionThreshold) : 0;
  const options = { threshold };
  const where = request.district === undefined ? settings.configuration.councilName : `${districtName(settings.configuration, request.district)} district`;
  const selection = { academicYear: request.academicYear, ...(request.district === undefined ? {} : { district: request.district }) };
  const year = boardFigures(model, selection, settings);
  const termFigures = (halfTerm: HalfTerm) => boardFigures(model, { ...selection, halfTerm }, settings).effectiveness;
  const measures: Array<{ measure: BoardMeasure; table: PublishedTable }> = [];
  for (const measure of boardMeasures.codes) {
    const table = publishTable(measureTable(model, measure, request, settings), options);
    if (E.isLeft(table)) return table;
    measures.push({ measure, table: table.right });
  }
  const conclusions = publishTable(codeTable(`Review conclusions by half term, ${where}, ${request.academicYear}`, 'Conclusion', reviewConclusions, (term) => termFigures(term).reviewConclusions), options);
  if (E.isLeft(conclusions)) return conclusions;
  const outcomes = publishTable(codeTable(`Action outcomes by half term, ${where}, ${request.academicYear}`, 'Outcome', actionOutcomes, (term) => termFigures(term).actionOutcomes), options);
  if (E.isLeft(outcomes)) return outcomes;
  const equity: PublishedEquity[] = [];
  for (const dimension of equityDimensions.codes) {
    const published = publishEquity(model, { academicYear: request.academicYear, dimension, ...(request.district === undefined ? {} : { district: request.district }) }, settings, options);
    if (E.isLeft(published)) return published;
    equity.push(published.right);
  }
  const timeliness = (label: string, summary: (typeof year.timeliness)['referralToConsent']): TimelinessRow => ({
    label,
    cases: suppress && summary.count > 0 && summary.count <= threshold ? '[c]' : summary.count.toLocaleString('en-GB'),
    median: publishDuration(summary, 'medianDays', threshold),
    percentile90: publishDuration(summary, 'percentile90Days', threshold),
  });
  const { multiAgency } = year;
  return E.right({
    title: `Inclusion and SEND Partnership Board report: ${where}, ${request.academicYear}`,
    academicYear: request.academicYear,
    district: request.district,
    suppressed: suppress,
    threshold,
    measures,
    timeliness: [timeliness('Referral to consent', year.timeliness.referralToConsent), timeliness('Consent to first discussion', year.timeliness.consentToFirstDiscussion)],
    reviewConclusions: conclusions.right,
    actionOutcomes: outcomes.right,
    multiAgency: {
      meetingsHeld: multiAgency.meetingsHeld,
      meetingsCancelled: multiAgency.meetingsCancelled,
      attendance: [
        { label: 'Education', meetings: multiAgency.attendedBy.education.numerator, share: shareOf(multiAgency.attendedBy.education) },
        { label: 'Social care', meetings: multiAgency.attendedBy['social-care'].numerator, share: shareOf(multiAgency.attendedBy['social-care']) },
        { label: 'Health', meetings: multiAgency.attendedBy.health.numerator, share: shareOf(multiAgency.attendedBy.health) },
        { label: 'All three together', meetings: multiAgency.attendedByAllThree.numerator, share: shareOf(multiAgency.attendedByAllThree) },
      ],
    },
    equity,
    note: suppress
      ? `[c] marks a figure withheld to protect confidentiality: counts from 1 to ${threshold}, and figures that would let them be worked out from a total. [x] not available; [z] not applicable.`
      : 'Not suppressed: small numbers are shown. For the council only; do not publish.',
  });
};

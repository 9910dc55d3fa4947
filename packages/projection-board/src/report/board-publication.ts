import type { AcademicYear } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type { BoardModel } from '../board-model';
import { defaultBoardSettings, type BoardSettings, type Ratio } from '../figures/board-selection';
import type { DurationSummary } from '../figures/durations';
import { meetingLookup } from '../figures/reviewed-at-next-meeting';
import { linkFigures, type LinkedDeclaration, type LinkedSet } from '../publication/linked/linked-figures';
import { suppressLinkedSet, type LinkedSuppression } from '../publication/linked/linked-suppression';
import { publishDuration } from '../publication/publish-statistics';
import { defaultSuppressionThreshold, publishedCountOf, publishLinkedTable, thresholdRejection, type TableRejection } from '../publication/publish-table';
import { publishedEquityOf } from '../tables/published-equity';
import type { BoardReport, TimelinessRow } from './board-report';
import { furtherTablesOf } from './further-tables';
import { countyMeasureTables, districtSums, placeDeclarations, placeFigures, type PlaceFigures } from './place-figures';

export interface BoardPublicationRequest {
  /** Every academic year published together. */
  readonly academicYears: ReadonlyArray<AcademicYear>;
  /** Apply disclosure control (default true). Turn off only for the council's own eyes. */
  readonly suppress?: boolean;
  readonly threshold?: number;
}

/** How much of the linked set was withheld. */
export interface DisclosureSummary {
  readonly figures: number;
  readonly withheld: number;
  /** Withheld as counts from 1 to the threshold (primary suppression). */
  readonly smallCounts: number;
  /** Small counts that needed the last resort (see `suppressLinkedSet`); 0 on the simulated county. */
  readonly lastResorts: number;
}

/** The county's report and each district's, for every year asked for, with suppression decided over all of them at once. */
export interface BoardPublication {
  /** Year by year: the county's report, then each district's in the council's order. */
  readonly reports: ReadonlyArray<BoardReport>;
  readonly disclosure: DisclosureSummary;
}

/** The linked set before suppression: every figure of every report, and every sum between them. */
export interface BoardLinkedSet {
  readonly places: ReadonlyArray<PlaceFigures>;
  readonly set: LinkedSet;
}

const asTableRejection = (rejection: { readonly message: string }): TableRejection => ({ _tag: 'TableRejection', code: 'table-invalid', message: rejection.message });

/** Every figure the board publishes for the years asked for, for the county and each district, as one linked set. */
export const boardLinkedSet = (model: BoardModel, academicYears: ReadonlyArray<AcademicYear>, settings: BoardSettings = defaultBoardSettings): E.Either<TableRejection, BoardLinkedSet> => {
  const places: PlaceFigures[] = [];
  const declarations: LinkedDeclaration[] = [];
  for (const academicYear of new Set(academicYears)) {
    const countyTables = countyMeasureTables(model, academicYear, settings);
    const meetings = meetingLookup(model);
    const county = placeFigures(model, academicYear, undefined, countyTables, settings, meetings);
    const districts = settings.configuration.districts.map((district) => placeFigures(model, academicYear, district.id, countyTables, settings, meetings));
    places.push(county, ...districts);
    declarations.push(...[county, ...districts].flatMap(placeDeclarations), districtSums(county, districts));
  }
  return E.bimap(asTableRejection, (set: LinkedSet) => ({ places, set }))(linkFigures(declarations));
};

const shareOf = (part: Ratio): string => (part.percentage === null ? '[z]' : `${part.percentage.toFixed(1)}%`);

const reportOf = (figures: PlaceFigures, suppression: LinkedSuppression, suppressed: boolean, settings: BoardSettings): BoardReport => {
  const { threshold } = suppression;
  const timeliness = (label: string, key: string, summary: DurationSummary): TimelinessRow => ({
    label,
    cases: publishedCountOf(suppression, key, summary.count).shown,
    median: publishDuration(summary, 'medianDays', threshold),
    percentile90: publishDuration(summary, 'percentile90Days', threshold),
  });
  const { multiAgency, timeliness: waits } = figures.year;
  return {
    title: `Inclusion and SEND Partnership Board report: ${figures.where}, ${figures.academicYear}`,
    academicYear: figures.academicYear,
    district: figures.place,
    place: figures.where,
    suppressed,
    threshold,
    measures: figures.measures.map(({ measure, table, keys }) => ({ measure, table: publishLinkedTable(table, keys, suppression) })),
    timeliness: [
      timeliness('Referral to consent', figures.timelinessKeys.referralToConsent, waits.referralToConsent),
      timeliness('Consent to first discussion', figures.timelinessKeys.consentToFirstDiscussion, waits.consentToFirstDiscussion),
    ],
    reviewConclusions: publishLinkedTable(figures.reviewConclusions.table, figures.reviewConclusions.keys, suppression),
    actionOutcomes: publishLinkedTable(figures.actionOutcomes.table, figures.actionOutcomes.keys, suppression),
    lmgOutcomes: publishLinkedTable(figures.lmgOutcomes.table, figures.lmgOutcomes.keys, suppression),
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
    equity: figures.equity.map(({ equity, keys }) => publishedEquityOf(equity, keys, suppression, settings)),
    ...furtherTablesOf(figures, suppression),
    note: suppressed
      ? `[c] marks a figure withheld to protect confidentiality: counts from 1 to ${threshold}, and figures that would let them be worked out from the totals and the other reports published with this one (the county's and every district's). [x] not available; [z] not applicable.`
      : 'Not suppressed: small numbers are shown. For the council only; do not publish.',
  };
};

/**
 * The Partnership Board's reports for the county and every district, for each year asked for,
 * published as one linked set: a figure withheld in one report is withheld in every report that
 * shows it, and no combination of the figures shown across all of them works a withheld figure
 * out (see `suppressLinkedSet`).
 */
export const publishBoard = (model: BoardModel, request: BoardPublicationRequest, settings: BoardSettings = defaultBoardSettings): E.Either<TableRejection, BoardPublication> => {
  const suppressed = request.suppress ?? true;
  const threshold = suppressed ? (request.threshold ?? defaultSuppressionThreshold) : 0;
  if (!Number.isInteger(threshold) || threshold < 0) return E.left(thresholdRejection(threshold));
  return E.map(({ places, set }: BoardLinkedSet): BoardPublication => {
    const suppression = suppressLinkedSet(set, threshold);
    const withheld = [...suppression.withheld.values()];
    return {
      reports: places.map((figures) => reportOf(figures, suppression, suppressed, settings)),
      disclosure: { figures: set.keys.length, withheld: withheld.length, smallCounts: withheld.filter((reason) => reason === 'small-count').length, lastResorts: suppression.lastResorts },
    };
  })(boardLinkedSet(model, request.academicYears, settings));
};

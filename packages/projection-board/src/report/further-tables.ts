import { nationalCurriculumYears, phaseOf, phases } from '@send-hub/core';
import type { LinkedSuppression } from '../publication/linked/linked-suppression';
import { publishPercentage } from '../publication/publish-statistics';
import { publishedCountOf, publishLinkedTable } from '../publication/publish-table';
import type { ReviewedAtNextMeeting } from './board-report';
import { boardTableOf, type BoardTable, type BoardTableRow } from './board-table';
import { phaseFigureKey, type KeyedTable, type PlaceFigures } from './place-figures';

const publish = ({ table, keys }: KeyedTable, suppression: LinkedSuppression) => publishLinkedTable(table, keys, suppression);

/** Year groups under their phase, each phase's figure after its year groups: the phases' figures are the equity table's. */
const phaseAndYearGroupTable = (figures: PlaceFigures, suppression: LinkedSuppression): BoardTable => {
  const byYearGroup = publish(figures.referralsByYearGroup, suppression);
  const phaseEquity = figures.equity.find(({ equity }) => equity.request.dimension === 'phase')?.equity;
  const rows: BoardTableRow[] = phases.codes.flatMap((phase) => {
    const yearGroups = nationalCurriculumYears.codes.flatMap((code, index) => (phaseOf(code) === phase ? [{ label: nationalCurriculumYears.label(code), index }] : []));
    const phaseValue = phaseEquity?.counts.referrals[phaseEquity.groups.findIndex((group) => group.key === phase)] ?? 0;
    return [
      ...yearGroups.map(({ label, index }) => ({ label, cells: [byYearGroup.rows[index]?.total.shown ?? '[x]'] })),
      { label: `${phases.label(phase)}, all year groups`, cells: [publishedCountOf(suppression, phaseFigureKey(phase, figures.academicYear, figures.place), phaseValue).shown], subtotal: true as const },
    ];
  });
  return {
    key: 'referrals-by-phase-and-year-group',
    title: `Referrals by phase of education and year group, ${figures.where}, ${figures.academicYear}`,
    rowHeading: 'Year group at referral',
    columns: ['Referrals'],
    rows,
    footer: [{ label: 'Total', cells: [byYearGroup.grandTotal.shown] }],
    note: 'The year group is the one the child was in when referred; early years are Nursery 1, Nursery 2 and Reception, post-16 is Year 12 and above.',
  };
};

/** The tables each report adds to the fixed ones (`BoardReport.tables`), and the year's share of reviews held as planned. */
export const furtherTablesOf = (figures: PlaceFigures, suppression: LinkedSuppression): { tables: BoardTable[]; reviewedAtNextMeeting: ReviewedAtNextMeeting } => {
  const timing = publish(figures.reviewTiming, suppression);
  const asPlanned = timing.columnTotals[0] ?? timing.grandTotal;
  const share = publishPercentage;
  const timingTable = boardTableOf('reviewed-at-next-meeting', timing, {
    note: 'Actions agreed for a child at a meeting are due for review at the next meeting the hub holds: a cancelled meeting moves the review to the one after. Each agreement is counted once, in the year its review was due, once that meeting has been held.',
  });
  return {
    tables: [
      phaseAndYearGroupTable(figures, suppression),
      boardTableOf('referrals-by-school', publish(figures.referralsBySchool, suppression), {
        note: 'Every school that has referred a child in any year is listed, so a school shown with no referrals referred none this year.',
      }),
      {
        ...timingTable,
        columns: [...timingTable.columns.map((column) => (column === 'Total' ? 'Due for review' : column)), 'Share at the next meeting held'],
        rows: timingTable.rows.map((row, index) => ({ ...row, cells: [...row.cells, share(timing.rows[index]?.cells[0] ?? asPlanned, timing.rows[index]?.total ?? timing.grandTotal)] })),
        footer: timingTable.footer.map((row) => ({ ...row, cells: [...row.cells, share(asPlanned, timing.grandTotal)] })),
      },
    ],
    reviewedAtNextMeeting: { due: timing.grandTotal.shown, asPlanned: asPlanned.shown, share: share(asPlanned, timing.grandTotal) },
  };
};

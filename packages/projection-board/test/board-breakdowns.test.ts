import { defaultHalfTermCalendar, halfTermOfDate, nationalCurriculumYears, phaseOf, type CaseEvent } from '@send-hub/core';
import * as fc from 'fast-check';
import { either as E } from 'fp-ts';
import { hubHistoryArbitrary } from '../../projections/test/support/hub-history-arbitrary';
import { rebuiltFrom } from '../../projections/test/support/rebuild-law';
import { boardLinkedSet, boardProjection, boardReport, formatBoardReport, publishBoard, reportTables, suppressLinkedSet, type BoardReport, type BoardTable, type PlaceFigures } from '../src';
import { attackLinkedSet } from './support/linear-attacker';

const year = '2025/26';
const districts = ['tamworth', 'lichfield'];

const reportOf = (result: E.Either<{ readonly message: string }, BoardReport>): BoardReport => {
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

const tableOf = (report: BoardReport, key: string): BoardTable => {
  const table = report.tables.find((candidate) => candidate.key === key);
  if (table === undefined) throw new Error(`The report has no table "${key}".`);
  return table;
};

/** The referrals of the year, straight from the events. */
const referralsIn = (events: ReadonlyArray<{ readonly type: string }>, district?: string) =>
  (events as ReadonlyArray<CaseEvent>).filter(
    (event): event is Extract<CaseEvent, { type: 'Referred' }> =>
      event.type === 'Referred' && halfTermOfDate(defaultHalfTermCalendar, event.occurredOn).academicYear === year && (district === undefined || event.referral.district === district),
  );

describe('referrals by phase, year group and school on the board', () => {
  it('counts each year group, each phase and each school as the referrals in the events say', async () => {
    await fc.assert(
      fc.asyncProperty(hubHistoryArbitrary({ maxCases: 12, districts }), fc.constantFrom(undefined, ...districts), async ({ events }, district) => {
        const model = await rebuiltFrom(boardProjection, events);
        const report = reportOf(boardReport(model, { academicYear: year, suppress: false, ...(district === undefined ? {} : { district }) }));
        const referred = referralsIn(events, district);
        const byYearGroup = tableOf(report, 'referrals-by-phase-and-year-group');
        for (const code of nationalCurriculumYears.codes) {
          const row = byYearGroup.rows.find((candidate) => candidate.label === nationalCurriculumYears.label(code));
          expect([code, row?.cells[0]]).toEqual([code, String(referred.filter((event) => event.referral.yearGroup === code).length)]);
        }
        for (const phase of ['early-years', 'primary', 'secondary', 'post-16'] as const) {
          const label = { 'early-years': 'Early years', primary: 'Primary', secondary: 'Secondary', 'post-16': 'Post-16' }[phase];
          const row = byYearGroup.rows.find((candidate) => candidate.label === `${label}, all year groups`);
          expect(row?.cells[0]).toBe(String(referred.filter((event) => phaseOf(event.referral.yearGroup) === phase).length));
        }
        expect(byYearGroup.footer[0]?.cells[0]).toBe(String(referred.length));
        const bySchool = tableOf(report, 'referrals-by-school');
        const schools = new Set((events as ReadonlyArray<CaseEvent>).flatMap((event) => (event.type === 'Referred' && (district === undefined || event.referral.district === district) ? [event.referral.school] : [])));
        // Every school that ever referred to the place is a row, with its referrals of the year.
        expect(bySchool.rows.length).toBeGreaterThanOrEqual(schools.size);
        for (const school of schools) {
          const count = referred.filter((event) => event.referral.school === school).length;
          const rows = bySchool.rows.filter((row) => row.label.startsWith(`School ${school}`));
          expect(rows.reduce((sum, row) => sum + Number(row.cells[0]), 0)).toBe(count);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('prints every further table in the text report, with the share reviewed at the next meeting held', async () => {
    const [history] = fc.sample(hubHistoryArbitrary({ maxCases: 12, districts }), { numRuns: 1, seed: 11 });
    const model = await rebuiltFrom(boardProjection, history?.events ?? []);
    const report = reportOf(boardReport(model, { academicYear: year }));
    const text = formatBoardReport(report);
    for (const table of report.tables) expect(text).toContain(table.title);
    expect(text).toContain('Agreed actions reviewed at the next meeting held:');
    expect(text).toContain('Early years, all year groups');
    expect(report.tables.map((table) => table.key)).toEqual(['referrals-by-phase-and-year-group', 'referrals-by-school', 'reviewed-at-next-meeting']);
    // Every table of the report, the fixed ones first, as data.
    const all = reportTables(report);
    expect(all.map((table) => table.key)).toEqual(expect.arrayContaining(['measure: referrals', 'timeliness', 'review-conclusions', 'multi-agency-working', ...report.tables.map((table) => table.key)]));
    for (const table of all) for (const row of [...table.rows, ...table.footer]) expect([table.key, row.cells.length]).toEqual([table.key, table.columns.length]);
  });
});

/** Whether each figure the report prints is [c], beside whether the linked set withholds it, by key. */
const printedAgainstWithheld = (report: BoardReport, place: PlaceFigures, withheld: ReadonlySet<string>): Array<[string, boolean, boolean]> => {
  const checks: Array<[string, boolean, boolean]> = [];
  const check = (key: string, cell: string | undefined) => checks.push([key, cell === '[c]', withheld.has(key)]);
  const byYearGroup = tableOf(report, 'referrals-by-phase-and-year-group');
  nationalCurriculumYears.codes.forEach((code, index) =>
    check(place.referralsByYearGroup.keys.rowTotal(index), byYearGroup.rows.find((row) => row.label === nationalCurriculumYears.label(code))?.cells[0]),
  );
  check(place.referralsByYearGroup.keys.grandTotal, byYearGroup.footer[0]?.cells[0]);
  const bySchool = tableOf(report, 'referrals-by-school');
  bySchool.rows.forEach((row, index) => check(place.referralsBySchool.keys.rowTotal(index), row.cells[0]));
  const timing = tableOf(report, 'reviewed-at-next-meeting');
  timing.rows.forEach((row, index) => {
    [0, 1, 2].forEach((column) => check(place.reviewTiming.keys.cell(index, column), row.cells[column]));
    check(place.reviewTiming.keys.rowTotal(index), row.cells[3]);
  });
  return checks;
};

describe('the new tables in the linked set, tried by an attacker with a solver', () => {
  it('leaves no withheld figure of any report narrowed below the threshold, and shows [c] exactly where the set withholds', async () => {
    let withheldInNewTables = 0;
    await fc.assert(
      fc.asyncProperty(hubHistoryArbitrary({ maxCases: 12, districts }), async ({ events }) => {
        const model = await rebuiltFrom(boardProjection, events);
        const linked = boardLinkedSet(model, [year]);
        const publication = publishBoard(model, { academicYears: [year] });
        if (E.isLeft(linked) || E.isLeft(publication)) throw new Error('The board could not be published.');
        const { set, places } = linked.right;
        const withheld = new Set(suppressLinkedSet(set, 5).withheld.keys());
        places.forEach((place, index) => {
          const report = publication.right.reports[index];
          if (report === undefined) throw new Error('A report is missing.');
          for (const [key, printed, isWithheld] of printedAgainstWithheld(report, place, withheld)) {
            expect([key, printed]).toEqual([key, isWithheld]);
            if (isWithheld) withheldInNewTables += 1;
          }
          // What the report prints carries no number where the set withholds one.
          for (const table of report.tables) for (const row of [...table.rows, ...table.footer]) for (const cell of row.cells) expect(cell === '[c]' || !/^[1-5]$/.test(cell)).toBe(true);
        });
        const attack = await attackLinkedSet(set, withheld, 5);
        expect(attack.narrowed).toEqual([]);
      }),
      { numRuns: 8 },
    );
    // The histories are small: the new tables always hold counts to withhold.
    expect(withheldInNewTables).toBeGreaterThan(0);
  }, 120_000);
});

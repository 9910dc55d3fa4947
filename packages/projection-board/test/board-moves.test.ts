import type { CaseEvent } from '@send-hub/core';
import type { HubEnvelope, HubEvent } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import { scenarioSteps } from '../../projections/test/support/seed-scenario';
import { applyBoardEvent, boardFigures, boardReportsCsv, emptyBoardModel, formatBoardReport, halfTermTable, publishBoard, type BoardModel, type BoardReport } from '../src';

/*
 * Children referred to the Tamworth hub in Autumn 1 2025/26: some move to Lichfield schools in
 * Autumn 2, one changes school within Tamworth. The board counts moves where they happen: out of
 * Tamworth, into Lichfield, and in the county both ways.
 */

const year = '2025/26';
const [referral] = scenarioSteps.referred as ReadonlyArray<Extract<CaseEvent, { type: 'Referred' }>>;
const caseIdOf = (child: number): string => `7c1f3a52-0d4e-4b8a-9c61-2f5e8d9a1b${String(child).padStart(2, '0')}`;
const referredChild = (child: number): CaseEvent => ({ ...referral!, caseId: caseIdOf(child), referral: { ...referral!.referral, childReference: `child-${child}` } });
const moved = (child: number, occurredOn: string, to: string): CaseEvent => ({
  type: 'ChildMoved',
  caseId: caseIdOf(child),
  occurredOn,
  from: { school: '124567', district: 'tamworth' },
  to: { school: '125900', district: to },
  yearGroup: 'Y4',
});

/** `toLichfield` children move to Lichfield in Autumn 2, and one more changes school within Tamworth. */
const modelWith = (toLichfield: number): BoardModel => {
  const events: HubEvent[] = [
    ...Array.from({ length: toLichfield + 1 }, (_unused, child) => referredChild(child)),
    ...Array.from({ length: toLichfield }, (_unused, child) => moved(child, '2025-11-10', 'lichfield')),
    moved(toLichfield, '2025-11-12', 'tamworth'),
  ];
  return events.reduce((model, event) => applyBoardEvent(model, { event } as HubEnvelope), emptyBoardModel());
};

const reportsOf = (model: BoardModel, suppress: boolean): ReadonlyArray<BoardReport> => {
  const published = publishBoard(model, { academicYears: [year], suppress });
  if (E.isLeft(published)) throw new Error(published.left.message);
  return published.right.reports;
};
const measureTable = (report: BoardReport | undefined, measure: string) => report?.measures.find((shown) => shown.measure === measure)?.table;

describe('the board’s count of moves', () => {
  const model = modelWith(7);

  it('counts a move to another district out of the district left and into the one joined, whichever referred the case', () => {
    expect(boardFigures(model, { district: 'tamworth', academicYear: year }).moves).toEqual({ movedIn: 0, movedOut: 7, schoolMoves: 1 });
    expect(boardFigures(model, { district: 'lichfield', academicYear: year }).moves).toEqual({ movedIn: 7, movedOut: 0, schoolMoves: 0 });
    expect(boardFigures(model, { district: 'lichfield', academicYear: year }).volumes.referrals).toBe(0);
  });

  it('counts every move within the county both in and out, and a change of school within a district apart', () => {
    expect(boardFigures(model, { academicYear: year }).moves).toEqual({ movedIn: 7, movedOut: 7, schoolMoves: 1 });
    expect(boardFigures(model, { academicYear: year, halfTerm: 1 }).moves).toEqual({ movedIn: 0, movedOut: 0, schoolMoves: 0 });
  });

  it('tables moves by district and half term', () => {
    const movesIn = halfTermTable(model, { measure: 'moves-in', rows: 'district', academicYear: year });
    expect(movesIn.title).toBe('Cases moved in from another district by district and half term, Staffordshire County Council, 2025/26');
    const row = (table: typeof movesIn, district: string) => table.counts[table.rows.findIndex((heading) => heading.key === district)];
    expect(row(movesIn, 'lichfield')).toEqual([0, 7, 0, 0, 0, 0]);
    expect(row(halfTermTable(model, { measure: 'moves-out', rows: 'district', academicYear: year }), 'tamworth')).toEqual([0, 7, 0, 0, 0, 0]);
    expect(row(halfTermTable(model, { measure: 'school-moves', rows: 'district', academicYear: year }), 'tamworth')).toEqual([0, 1, 0, 0, 0, 0]);
  });

  it('publishes them in the text report and the CSV file, each district’s and the county’s', () => {
    const reports = reportsOf(model, true);
    const lichfield = reports.find((report) => report.district === 'lichfield');
    expect(measureTable(lichfield, 'moves-in')?.grandTotal.shown).toBe('7');
    expect(formatBoardReport(lichfield!)).toContain('Cases moved in from another district by half term, Lichfield, 2025/26');
    expect(boardReportsCsv(reports)).toContain('Cases moved out to another district by district and half term');
  });

  it('withholds small numbers of moves, and the county’s moves in with its moves out, since they are the same moves', () => {
    const reports = reportsOf(modelWith(3), true);
    const county = reports.find((report) => report.district === undefined);
    expect(measureTable(county, 'moves-in')?.grandTotal.shown).toBe('[c]');
    expect(measureTable(county, 'moves-out')?.grandTotal.shown).toBe('[c]');
    const unsuppressed = reportsOf(modelWith(3), false).find((report) => report.district === undefined);
    expect(measureTable(unsuppressed, 'moves-out')?.grandTotal.shown).toBe('3');
  });
});

import * as fc from 'fast-check';
import { either as E } from 'fp-ts';
import { hubHistoryArbitrary } from '../../projections/test/support/hub-history-arbitrary';
import { rebuiltFrom } from '../../projections/test/support/rebuild-law';
import { boardFigures, boardMeasures, boardProjection, boardReport, formatBoardReport, formatBoardSummary, measureOf, type BoardReport } from '../src';

const years = ['2024/25', '2025/26'] as const;

const reportOf = (result: E.Either<{ readonly message: string }, BoardReport>): BoardReport => {
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

describe('the Partnership Board report', () => {
  it('shows the true figures when not suppressed, and never a count from 1 to the threshold when published', async () => {
    await fc.assert(
      fc.asyncProperty(hubHistoryArbitrary(), fc.constantFrom(...years), fc.option(fc.constantFrom('tamworth', 'lichfield'), { nil: undefined }), async ({ events }, academicYear, district) => {
        const model = await rebuiltFrom(boardProjection, events);
        const request = { academicYear, ...(district === undefined ? {} : { district }) };
        const figures = boardFigures(model, request);
        const open = reportOf(boardReport(model, { ...request, suppress: false }));
        for (const { measure, table } of open.measures) expect(table.grandTotal.shown).toBe(measureOf(figures, measure).toLocaleString('en-GB'));
        expect(open.measures.map(({ measure }) => measure)).toEqual(boardMeasures.codes);

        const published = reportOf(boardReport(model, request));
        const shown = [
          ...published.measures.flatMap(({ table }) => [...table.rows.flatMap((row) => [...row.cells, row.total]), ...table.columnTotals, table.grandTotal]),
          ...[published.reviewConclusions, published.actionOutcomes].flatMap((table) => table.rows.flatMap((row) => [...row.cells, row.total])),
        ];
        for (const cell of shown) if (cell.kind === 'count') expect(cell.value === 0 || cell.value > published.threshold).toBe(true);
        for (const row of published.equity.flatMap((table) => table.rows)) {
          for (const count of [row.referrals, row.escalations, row.needsMet]) expect(count === '[c]' || count === '0' || Number(count.replace(/,/g, '')) > 5).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('reads as text with every measure spelt out and the suppression explained', async () => {
    const [history] = fc.sample(hubHistoryArbitrary(), { numRuns: 1, seed: 7 });
    const model = await rebuiltFrom(boardProjection, history?.events ?? []);
    const report = reportOf(boardReport(model, { academicYear: '2025/26' }));
    const summary = formatBoardSummary(report);
    for (const measure of boardMeasures.codes) expect(summary).toContain(boardMeasures.label(measure));
    expect(summary).toContain('[c] marks a figure withheld');
    expect(summary).toContain('Referral to consent');
    const full = formatBoardReport(report);
    expect(full).toContain('Referrals by district and half term, Staffordshire County Council, 2025/26');
    expect(full).toContain('Referrals, escalations and needs met by sex');
    expect(full).not.toMatch(/LMG|SEMH|SLCN/);
  });

  it('refuses a threshold that is not a whole number, naming it', () => {
    const result = boardReport(boardProjection.initial(), { academicYear: '2025/26', threshold: 2.5 });
    expect(E.isLeft(result) && result.left.message).toContain('threshold 2.5');
  });
});

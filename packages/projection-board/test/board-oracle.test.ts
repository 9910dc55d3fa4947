import type { HalfTerm } from '@send-hub/core';
import * as fc from 'fast-check';
import { hubHistoryArbitrary } from '../../projections/test/support/hub-history-arbitrary';
import { rebuiltFrom } from '../../projections/test/support/rebuild-law';
import { boardFigures, boardProjection, equityBreakdown, equityDimensions, halfTermTable, type BoardSelection } from '../src';
import { oracleCases, oracleFigures, oracleGroup, oracleMultiAgency } from './support-oracle';

const districts = ['tamworth', 'lichfield', undefined];
const years = ['2023/24', '2024/25', '2025/26', '2026/27'];
const halfTerms: ReadonlyArray<HalfTerm | undefined> = [1, 2, 3, 4, 5, 6, undefined];
const selections: BoardSelection[] = districts.flatMap((district) =>
  years.flatMap((academicYear) => halfTerms.map((halfTerm) => ({ academicYear, ...(district === undefined ? {} : { district }), ...(halfTerm === undefined ? {} : { halfTerm }) }))),
);

describe('the Partnership Board figures, checked against an independent fold of each case with the domain’s evolve', () => {
  it('agree for every district and the county, every half term and every year', async () => {
    await fc.assert(
      fc.asyncProperty(hubHistoryArbitrary({ maxCases: 12 }), async ({ events }) => {
        const model = await rebuiltFrom(boardProjection, events);
        const cases = oracleCases(events);
        for (const selection of selections) {
          const { volumes, timeliness, effectiveness, multiAgency } = boardFigures(model, selection);
          expect({ volumes, timeliness, effectiveness }).toEqual(oracleFigures(cases, selection));
          expect(multiAgency).toEqual(oracleMultiAgency(events, selection));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('agree group by group for every equity dimension, and in the half-term tables', async () => {
    await fc.assert(
      fc.asyncProperty(hubHistoryArbitrary({ maxCases: 12 }), fc.constantFrom(...equityDimensions.codes), fc.constantFrom(...years), async ({ events }, dimension, academicYear) => {
        const model = await rebuiltFrom(boardProjection, events);
        const cases = oracleCases(events);
        const rows = equityBreakdown(model, { academicYear }, dimension);
        const referrals = oracleFigures(cases, { academicYear }).volumes.referrals;
        for (const row of rows) {
          const members = cases.filter((found) => oracleGroup(dimension, found) === row.key);
          const expected = oracleFigures(members, { academicYear });
          expect(row.figures).toEqual(expected);
          expect(row.shareOfReferrals.numerator).toBe(expected.volumes.referrals);
          expect(row.shareOfReferrals.denominator).toBe(referrals);
        }
        const table = halfTermTable(model, { measure: 'escalations', rows: dimension, academicYear });
        table.rows.forEach((row, index) =>
          expect(table.counts[index]).toEqual(
            ([1, 2, 3, 4, 5, 6] as const).map((halfTerm) => oracleFigures(cases.filter((found) => oracleGroup(dimension, found) === row.key), { academicYear, halfTerm }).volumes.escalations),
          ),
        );
      }),
      { numRuns: 30 },
    );
  });
});

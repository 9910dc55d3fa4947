import { boardLinkedSet, keyAt, publishBoard, suppressLinkedSet, type BoardLinkedSet, type BoardPublication, type PublishedTable, type TableKeys } from '@send-hub/projection-board';
import { either as E } from 'fp-ts';
import { attackLinkedSet } from '../../projection-board/test/support/linear-attacker';
import { simulateInMemory } from './support/simulated-hub';

const threshold = 5;

/**
 * The simulated county as the command line simulates it by default (eight districts, a year of
 * six half terms, 12 referrals per district per half term), published as the board publishes it:
 * the county's report and each district's, as one linked set.
 */
const publishedCounty = async (): Promise<{ linked: BoardLinkedSet; publication: BoardPublication }> => {
  const { hub } = await simulateInMemory({ seed: 'staffordshire', halfTerms: 6, referralsPerDistrictPerHalfTerm: 12 });
  await hub.readModels.start();
  try {
    return hub.readModels.board((model) => {
      const linked = boardLinkedSet(model, ['2025/26']);
      const publication = publishBoard(model, { academicYears: ['2025/26'], threshold });
      if (E.isLeft(linked) || E.isLeft(publication)) throw new Error('The simulated county could not be published.');
      return { linked: linked.right, publication: publication.right };
    });
  } finally {
    await hub.dispose();
  }
};

/** Each figure of a published table, by key: true where it is shown as [c]. */
const shownAsWithheld = (table: PublishedTable, keys: TableKeys): Array<[string, boolean]> => {
  const rows = table.rows.length;
  const columns = table.columns.length;
  const grid = [...table.rows.map((row) => [...row.cells, row.total]), [...table.columnTotals, table.grandTotal]];
  return grid.flatMap((line, row) => line.map((cell, column): [string, boolean] => [keyAt(keys, rows, columns, row, column), cell.kind === 'suppressed' && !('value' in cell)]));
};

describe("the simulated county's published set, tried by an attacker with a solver", () => {
  it('leaves no withheld figure narrowed below the threshold by any combination of the county and district reports', async () => {
    const { linked, publication } = await publishedCounty();
    const { set, places } = linked;
    const withheld = new Set(suppressLinkedSet(set, threshold).withheld.keys());
    // The reports show [c], carrying no value, exactly where the linked set withholds a figure.
    places.forEach((place, index) => {
      const report = publication.reports[index];
      const tables = [...place.measures.map((measure, position) => [measure.keys, report?.measures[position]?.table] as const), [place.reviewConclusions.keys, report?.reviewConclusions] as const, [place.actionOutcomes.keys, report?.actionOutcomes] as const];
      for (const [keys, table] of tables) {
        if (table === undefined) throw new Error('A report lacks a table.');
        for (const [key, isWithheld] of shownAsWithheld(table, keys)) expect([key, isWithheld]).toEqual([key, withheld.has(key)]);
      }
      // The tables by school and by district of reviews held as planned, as the report prints them.
      const printed = (key: string) => report?.tables.find((table) => table.key === key);
      printed('referrals-by-school')?.rows.forEach((row, position) => expect([row.label, row.cells[0] === '[c]']).toEqual([row.label, withheld.has(place.referralsBySchool.keys.rowTotal(position))]));
      printed('reviewed-at-next-meeting')?.rows.forEach((row, position) =>
        [0, 1, 2].forEach((column) => expect([row.label, column, row.cells[column] === '[c]']).toEqual([row.label, column, withheld.has(place.reviewTiming.keys.cell(position, column))])),
      );
      expect(printed('referrals-by-school')?.rows.length).toBe(place.referralsBySchool.table.rows.length);
    });
    const attack = await attackLinkedSet(set, withheld, threshold);
    process.stdout.write(
      `Simulated county, 2025/26: ${set.keys.length} figures in ${publication.reports.length} reports, ${attack.withheld} withheld (${publication.disclosure.smallCounts} small counts), ` +
        `${attack.narrowed.length} narrowed below the threshold of ${threshold}; ${publication.disclosure.lastResorts} last resorts.\n`,
    );
    expect(attack.withheld).toBeGreaterThan(0);
    expect(attack.narrowed).toEqual([]);
    expect(publication.disclosure.withheld).toBe(attack.withheld);
    // Two integer programmes for each of about 1,300 withheld figures: six minutes on a shared two-core machine.
  }, 600_000);
});

import { staffordshireConfiguration } from '@send-hub/core';
import { boardProjection, defaultBoardSettings, type BoardReport, type PublishedCount, type PublishedTable } from '@send-hub/projection-board';
import * as fc from 'fast-check';
import { hubHistoryArbitrary } from '../../projections/test/support/hub-history-arbitrary';
import { rebuiltFrom } from '../../projections/test/support/rebuild-law';
import { renderBoardReportHtml } from '../src';
import { markupProblems, readableText, tableRows } from './support/markup-checks';
import { reportOf, sampleModel, years } from './support/sample-reports';

// One busy county, folded once for the tests that want figures big enough to publish.
let county: ReturnType<typeof sampleModel> | undefined;
const countyModel = () => (county ??= sampleModel({ seed: 5, maxCases: 1500 }));

const reportsArbitrary = fc.record({
  history: hubHistoryArbitrary(),
  academicYear: fc.constantFrom(...years),
  district: fc.option(fc.constantFrom('tamworth', 'lichfield'), { nil: undefined }),
  suppress: fc.boolean(),
});

type Drawn = typeof reportsArbitrary extends fc.Arbitrary<infer Value> ? Value : never;

const generatedReport = async ({ history, academicYear, district, suppress }: Drawn): Promise<BoardReport> =>
  reportOf(await rebuiltFrom(boardProjection, history.events), { academicYear, suppress, ...(district === undefined ? {} : { district }) });

const withheldCount = (counts: ReadonlyArray<PublishedCount>): number => counts.filter((count) => count.kind === 'suppressed').length;

/** How many hatched bands the page should draw: one per withheld figure a chart shows, one per stacked column with a withheld part. */
const expectedBands = (report: BoardReport): number => {
  const overview = report.measures.reduce((sum, { table }) => sum + withheldCount(table.columnTotals), 0);
  const byDistrict = report.measures.reduce((sum, { table }) => sum + (table.rows.length > 1 ? withheldCount(table.rows.flatMap((row) => row.cells)) : 0), 0);
  const stacked = [report.reviewConclusions, report.actionOutcomes].reduce((sum, table) => sum + table.columns.filter((_column, index) => table.rows.some((row) => row.cells[index]?.kind === 'suppressed')).length, 0);
  const waits = report.timeliness.flatMap((row) => [row.median, row.percentile90]).filter((shown) => shown === '[c]').length;
  const shares = report.equity.flatMap((equity) => equity.rows.flatMap((row) => [row.shareOfReferrals, row.shareOfEscalations, row.shareOfNeedsMet])).filter((shown) => shown === '[c]').length;
  const yearGroups = report.tables.filter((table) => table.key === 'referrals-by-phase-and-year-group').flatMap((table) => table.rows.filter((row) => row.subtotal !== true && row.cells[0] === '[c]')).length;
  return overview + byDistrict + stacked + waits + shares + yearGroups;
};

const expectTableAsPublished = (html: string, table: PublishedTable) => {
  const rows = tableRows(html, table.title);
  const expected = [
    [table.rowHeading, ...table.columns.map((column) => column.label), 'Total'],
    ...table.rows.map((row) => [row.label, ...[...row.cells, row.total].map((cell) => cell.shown)]),
    ...(table.rows.length > 1 ? [['Total', ...[...table.columnTotals, table.grandTotal].map((cell) => cell.shown)]] : []),
  ];
  expect(rows).toEqual(expected);
};

/** The report with every withheld cell's reason turned round: a page that depends on the reason would differ. */
const reasonsFlipped = (report: BoardReport): BoardReport => {
  const flip = (count: PublishedCount): PublishedCount => (count.kind === 'count' ? count : { ...count, reason: count.reason === 'small-count' ? 'could-be-worked-out' : 'small-count' });
  const table = (published: PublishedTable): PublishedTable => ({
    ...published,
    rows: published.rows.map((row) => ({ ...row, cells: row.cells.map(flip), total: flip(row.total) })),
    columnTotals: published.columnTotals.map(flip),
    grandTotal: flip(published.grandTotal),
  });
  return { ...report, measures: report.measures.map((entry) => ({ ...entry, table: table(entry.table) })), reviewConclusions: table(report.reviewConclusions), actionOutcomes: table(report.actionOutcomes) };
};

describe('the board report as a web page', () => {
  it('is well formed and stands alone: no script, nothing fetched, every tag closed', async () => {
    await fc.assert(
      fc.asyncProperty(reportsArbitrary, async (drawn) => {
        const html = renderBoardReportHtml([await generatedReport(drawn)], { generatedOn: '12 March 2026' });
        expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
        expect(markupProblems(html)).toEqual([]);
        expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|@font-face|javascript:|\son[a-z]+=/i);
        expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:|\/\//);
        for (const match of html.matchAll(/url\(([^)]*)\)/g)) expect(match[1]).toBe('#withheld-hatch');
      }),
      { numRuns: 6 },
    );
  });

  it('shows every withheld figure as [c] in its table and as a hatched band in its chart, and nothing depends on why it was withheld', async () => {
    await fc.assert(
      fc.asyncProperty(reportsArbitrary, async (drawn) => {
        const report = await generatedReport(drawn);
        const html = renderBoardReportHtml([report]);
        for (const { table } of report.measures) if (table.rows.length > 1) expectTableAsPublished(html, table);
        expectTableAsPublished(html, report.reviewConclusions);
        expectTableAsPublished(html, report.actionOutcomes);
        for (const equity of report.equity) {
          expect(tableRows(html, equity.title).slice(1)).toEqual(
            equity.rows.map((row) => [row.label, row.referrals, row.shareOfReferrals, row.escalations, row.shareOfEscalations, row.needsMet, row.shareOfNeedsMet]),
          );
        }
        // Every further table (tables as data) as it stands in the report, its foot included.
        for (const table of report.tables) expect(tableRows(html, table.title)).toEqual([[table.rowHeading, ...table.columns], ...[...table.rows, ...table.footer].map((row) => [row.label, ...row.cells])]);
        expect(html.split('class="withheld-band"').length - 1).toBe(expectedBands(report));
        // A tooltip for a withheld figure names the place and the half term, and holds no figure.
        for (const [, title] of html.matchAll(/<title>([^<]*withheld[^<]*)<\/title>/g)) expect((title ?? '').split(': ').pop()).not.toMatch(/\d/);
        expect(renderBoardReportHtml([reasonsFlipped(report)])).toBe(html);
      }),
      { numRuns: 8 },
    );
  });

  it('never shows a count from 1 to the threshold when published', async () => {
    const model = await countyModel();
    const report = reportOf(model, { academicYear: '2025/26' });
    const html = renderBoardReportHtml([report]);
    for (const { table } of report.measures) {
      for (const row of tableRows(html, table.title).slice(1)) for (const cell of row.slice(1)) expect(cell === '[c]' || cell === '0' || Number(cell.replace(/,/g, '')) > report.threshold).toBe(true);
    }
    // Bars are labelled with the figures they show: no label is a small count.
    for (const [, label] of html.matchAll(/<text[^>]*class="value"[^>]*>([^<]*)<\/text>/g)) expect(label === '0' || Number((label ?? '').replace(/,/g, '')) > 5 || /%|days/.test(label ?? '')).toBe(true);
  });

  it('shows a table added to the report as data with no code of its own, and folds a long one', async () => {
    const model = await countyModel();
    const report = reportOf(model, { academicYear: '2025/26' });
    const added = {
      key: 'locality-management-group-outcomes',
      title: 'Outcomes of the Locality Management Group, Staffordshire County Council, 2025/26',
      rowHeading: 'Outcome',
      columns: ['Cases'],
      rows: [{ label: 'Back to the hub with recommendations', cells: ['12'] }, { label: 'Needs assessment requested', cells: ['[c]'] }],
      footer: [{ label: 'Total', cells: ['[c]'] }],
      note: 'A case is counted at the meeting that decided it.',
    };
    const html = renderBoardReportHtml([{ ...report, tables: [...report.tables, added] }]);
    expect(tableRows(html, added.title)).toEqual([['Outcome', 'Cases'], ['Back to the hub with recommendations', '12'], ['Needs assessment requested', '[c]'], ['Total', '[c]']]);
    expect(readableText(html)).toContain('A case is counted at the meeting that decided it.');
    expect(html).not.toContain('<summary>');
    const long = { ...added, key: 'long', title: 'A long table', rows: Array.from({ length: 61 }, (_unused, index) => ({ label: `School ${124000 + index}`, cells: ['0'] })) };
    const folded = renderBoardReportHtml([{ ...report, tables: [...report.tables, long] }]);
    expect(folded).toContain('<summary>A long table: 61 rows (open to read)</summary>');
    expect(tableRows(folded, 'A long table')).toHaveLength(1 + 61 + 1);
  });

  it('escapes every name it is given: a district called <script> reads as text', async () => {
    const settings = {
      ...defaultBoardSettings,
      configuration: {
        ...staffordshireConfiguration,
        councilName: 'Council <b>&</b> "Partners"',
        districts: [
          { id: 'tamworth', name: '<script>alert("Tamworth")</script>' },
          { id: 'lichfield', name: `Lichfield & 'Burntwood' <Hub>` },
        ],
      },
    };
    const [drawn] = fc.sample(hubHistoryArbitrary({ maxCases: 30 }), { numRuns: 1, seed: 3 });
    const model = await rebuiltFrom(boardProjection, drawn?.events ?? []);
    const reports = [reportOf(model, { academicYear: '2025/26' }, settings), reportOf(model, { academicYear: '2025/26', district: 'tamworth' }, settings)];
    const html = renderBoardReportHtml(reports, { councilName: '<i>Unsafe</i> & Co', generatedOn: '<today>' });
    expect(markupProblems(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<b>|<i>|<Hub>|<today>/);
    expect(html).toContain('&lt;script&gt;alert(&quot;Tamworth&quot;)&lt;/script&gt;');
    expect(html).toContain('Lichfield &amp; &#39;Burntwood&#39; &lt;Hub&gt;');
    expect(html).toContain('Council &lt;b&gt;&amp;&lt;/b&gt; &quot;Partners&quot;');
    expect(readableText(html)).toContain('<script>alert("Tamworth")</script> district');
    expect(html).toContain('&lt;i&gt;Unsafe&lt;/i&gt; &amp; Co');
  });

  it('spells every label out: no acronym but the board name’s SEND, which it explains', async () => {
    const model = await countyModel();
    const html = renderBoardReportHtml([reportOf(model, { academicYear: '2025/26' }), reportOf(model, { academicYear: '2025/26', district: 'stafford' })]);
    expect(html).not.toMatch(/\b(?:LMG|SEMH|SLCN|ASD|MLD|SLD|PMLD|SPLD|MSI|EHCP|SENCO|NSA|OTH)\b/);
    const capitalised = new Set(readableText(html).match(/\b[A-Z]{2,}\b/g) ?? []);
    expect([...capitalised]).toEqual(['SEND']);
    expect(readableText(html)).toContain('SEND stands for special educational needs and disabilities');
  });

  it('shows volumes over time across several reports: a panel per measure over every half term, and a table per year, for each place', async () => {
    const model = await countyModel();
    const reports = [
      reportOf(model, { academicYear: '2025/26' }),
      reportOf(model, { academicYear: '2024/25', district: 'tamworth' }),
      reportOf(model, { academicYear: '2024/25' }),
      reportOf(model, { academicYear: '2025/26', district: 'tamworth' }),
    ];
    const html = renderBoardReportHtml(reports);
    expect(markupProblems(html)).toEqual([]);
    expect(html).toContain('<h3 id="place-1-heading">Staffordshire County Council, 2024/25 to 2025/26</h3>');
    expect(html).toContain('<h3 id="place-2-heading">Tamworth district, 2024/25 to 2025/26</h3>');
    for (const report of reports) {
      const rows = tableRows(html, `Each measure by half term, ${report.district === undefined ? 'Staffordshire County Council' : 'Tamworth district'}, ${report.academicYear}`);
      expect(rows[0]).toEqual(['Measure', 'Autumn 1', 'Autumn 2', 'Spring 1', 'Spring 2', 'Summer 1', 'Summer 2', 'Year total']);
      expect(rows.slice(1)).toEqual(report.measures.map(({ table }) => [expect.any(String), ...[...table.columnTotals, table.grandTotal].map((cell) => cell.shown)]));
    }
    // Over several years the panels run on: twelve half terms each, the year named under its seasons.
    const countyPanels = html.slice(html.indexOf('id="place-1"'), html.indexOf('id="place-2"'));
    expect(countyPanels.split('<title>Each measure by half term, Staffordshire County Council: Referrals</title>').length - 1).toBe(1);
    expect(countyPanels.split('<title>Referrals, Autumn 1 ').length - 1).toBe(2);
    // Moves have their panels and rows like every measure: into and out of a district, and of school within one.
    for (const moves of ['Cases moved in from another district', 'Cases moved out to another district', 'Moves of school within a district']) {
      expect(countyPanels.split(`<title>Each measure by half term, Staffordshire County Council: ${moves}</title>`).length - 1).toBe(1);
    }
    // The county comes first, then the district; each report keeps its own section in the order given.
    expect(html.indexOf('id="place-1"')).toBeLessThan(html.indexOf('id="place-2"'));
    expect(html.split('<h2 id="report-').length - 1).toBe(4);
  });

  it('warns at the top, and in the report, when a report is not suppressed', async () => {
    const model = await countyModel();
    const open = renderBoardReportHtml([reportOf(model, { academicYear: '2025/26', suppress: false })]);
    expect(open.indexOf('Not for publication.')).toBeLessThan(open.indexOf('Reading these figures'));
    expect(open.split('Not for publication.').length - 1).toBe(2);
    expect(renderBoardReportHtml([reportOf(model, { academicYear: '2025/26' })])).not.toContain('Not for publication');
  });

  it('renders a page even with no reports', () => {
    const html = renderBoardReportHtml([]);
    expect(markupProblems(html)).toEqual([]);
    expect(html).toContain('No reports were given.');
  });
});

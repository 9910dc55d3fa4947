import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderBoardReportHtml } from '@send-hub/board-report-html';
import { formatCalendarDate, halfTermOfDate, termOrdinal, type AcademicYear } from '@send-hub/core';
import { boardReportsCsv, formatBoardReport, formatBoardSummary, publishBoard, type BoardPublication, type BoardPublicationRequest, type BoardReport } from '@send-hub/projection-board';
import type { Hub } from '@send-hub/application';
import type { Command } from 'commander';
import { either as E } from 'fp-ts';
import { CliFailure } from '../cli-failure';
import { suggested, type CliIo } from '../cli-io';
import { openHubFromOptions, withHub } from '../options/open-hub-from-options';
import { parseAcademicYear, parseDistrict, parseWholeNumber } from '../options/parse-values';
import { allowed, requestFromOptions } from '../options/hub-request-from-options';
import { readModelProgress } from '../options/read-model-progress';
import { writeResult } from '../output/write-result';
import { academicYearsIn } from './board-years';
import { withStoreOptions, type CommonOptions } from './common-options';

interface BoardOptions extends CommonOptions {
  readonly district?: string;
  readonly year?: string;
  readonly suppress: boolean;
  readonly threshold: string;
  readonly full: boolean;
  readonly html?: string;
  readonly csv?: string;
}

/** The county's and every district's reports for the years asked for, suppressed as one linked set. */
const publicationFor = (hub: Hub, request: BoardPublicationRequest): BoardPublication => {
  const settings = { calendar: hub.configuration.halfTermCalendar, configuration: hub.configuration };
  const publication = hub.readModels.board((model) => publishBoard(model, request, settings));
  if (E.isLeft(publication)) throw new CliFailure(publication.left.message);
  return publication.right;
};

const reportOf = (publication: BoardPublication, academicYear: AcademicYear, district: string | undefined): BoardReport => {
  const report = publication.reports.find((candidate) => candidate.academicYear === academicYear && candidate.district === district);
  if (report === undefined) throw new CliFailure(`The board publication holds no report for ${district ?? 'the county'} in ${academicYear}.`);
  return report;
};

const yearsWithFigures = (hub: Hub): ReadonlyArray<AcademicYear> =>
  hub.readModels.board((model) => academicYearsIn(model, (date) => termOrdinal(halfTermOfDate(hub.configuration.halfTermCalendar, date))));

/** The board report, for the district or the county, one year or (in the HTML page) every year there are figures for. */
export const boardCommand = (program: Command, io: CliIo): void => {
  withStoreOptions(
    program
      .command('board')
      .description('the Inclusion and SEND Partnership Board report for a district or the county, suppressed for publication by default')
      .option('--district <district>', 'one district, by id or name (default: the whole county)')
      .option('--year <academic-year>', 'the academic year, e.g. 2025/26 (default: the latest with figures)')
      .option('--no-suppress', 'show small numbers: for the council\'s own eyes, never for publication')
      .option('--threshold <count>', 'suppress counts from 1 to this many', '5')
      .option('--full', 'every table, not just the summary', false)
      .option('--html <path>', 'also write the report as an HTML page with charts, for every year with figures')
      .option('--csv <path>', "also write every figure as a CSV file for spreadsheets, one figure a line: the district's report, or the county's and every district's"),
  ).action(async (options: BoardOptions) => {
    const hub = await openHubFromOptions(options, io, { create: false }, { readModelProgress: readModelProgress(io, options.quiet || options.json) });
    await withHub(hub, async () => {
      const district = options.district === undefined ? undefined : parseDistrict(options.district, hub.configuration);
      const threshold = parseWholeNumber(options.threshold, '--threshold', 0);
      // Published figures are open to the board; small numbers are for the staff of the districts they show.
      const request = requestFromOptions(options, hub);
      if (options.suppress) allowed(hub.authorise(request, 'published-statistics'));
      else for (const shown of district === undefined ? hub.configuration.districts.map((known) => known.id) : [district]) allowed(hub.authorise(request, 'district-lists', shown));
      await hub.readModels.start();
      const years = yearsWithFigures(hub);
      const latest = years[years.length - 1];
      if (options.year === undefined && latest === undefined) throw new CliFailure('The hub holds no figures yet.', `Record or simulate some referrals first (${suggested(io, 'simulate')}).`);
      const academicYear = options.year === undefined ? (latest as AcademicYear) : parseAcademicYear(options.year, '--year');
      const hasFigures = years.includes(academicYear);
      // A year with no referral or meeting recorded reads as zeros: true, but more often a mistyped year than a quiet one.
      if (!hasFigures && !options.json) {
        io.stderr(`Note: the hub holds no referral or meeting in ${academicYear}, so every figure of its report is 0. ${years.length === 0 ? 'It holds none yet.' : `The years it has figures for: ${years.join(', ')}.`}\n`);
      }
      // The text, the page and the CSV file publish together: every year the page shows is one linked set with the county's and every district's reports.
      const published = options.html === undefined ? [academicYear] : hasFigures ? years : [...years, academicYear].sort();
      const publication = publicationFor(hub, { academicYears: published, suppress: options.suppress, threshold });
      const report = reportOf(publication, academicYear, district);
      if (options.html !== undefined) {
        const path = resolve(io.workingFolder, options.html);
        const reports = published.map((year) => reportOf(publication, year, district));
        writeFileSync(path, renderBoardReportHtml(reports, { generatedOn: formatCalendarDate(io.now().toISOString().slice(0, 10)) }));
        if (!options.json) io.stderr(`Wrote the board report page to ${path}.\n`);
      }
      if (options.csv !== undefined) {
        const path = resolve(io.workingFolder, options.csv);
        // A district's figures only for one district: unsuppressed, the reader is allowed that district's alone.
        const places = district === undefined ? publication.reports : published.map((year) => reportOf(publication, year, district));
        writeFileSync(path, boardReportsCsv(places));
        if (!options.json) io.stderr(`Wrote the board's figures for spreadsheets to ${path}.\n`);
      }
      writeResult(io, options.json, report, () => (options.full ? formatBoardReport(report) : formatBoardSummary(report)));
    });
  });
};

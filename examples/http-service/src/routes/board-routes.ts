import { boardReport, boardReportsCsv, defaultBoardSettings, formatBoardReport } from '@send-hub/projection-board';
import { either as E } from 'fp-ts';
import { refusedProblem } from '../command-outcome';
import { problem } from '../problem-details';
import { academicYearParameter, wantsCsv, wantsText } from '../query-parameters';
import { csv, json, problemReply, text } from '../replies';
import type { Route } from '../router';
import type { ServiceContext } from '../service-context';

/**
 * The Partnership Board's report for a year, for the county or one district. Always
 * published through disclosure control: whatever leaves the service over HTTP may
 * travel further, so small numbers are shown as [c] and there is no switch to turn that off.
 * JSON by default; `Accept: text/plain` for the text report, `text/csv` for a spreadsheet.
 */
export const boardRoutes = (context: ServiceContext): ReadonlyArray<Route> => [
  {
    method: 'GET',
    path: /^\/board$/,
    handle: async (routed) => {
      const { url, request } = routed;
      const { hub } = context;
      const allowed = hub.authorise({ actor: routed.actor }, 'published-statistics');
      if (E.isLeft(allowed)) return problemReply(refusedProblem(allowed.left));
      const academicYear = academicYearParameter(url, 'year');
      if (E.isLeft(academicYear)) return problemReply(academicYear.left);
      const district = url.searchParams.get('district') ?? undefined;
      if (district !== undefined && !hub.configuration.districts.some((known) => known.id === district)) {
        return problemReply(problem('query-invalid', `The query parameter "district" must be one of ${hub.configuration.councilName}'s districts, but was "${district}".`, { parameter: 'district', value: district }));
      }
      const settings = { ...defaultBoardSettings, configuration: hub.configuration };
      const report = hub.readModels.board((model) => boardReport(model, { academicYear: academicYear.right, suppress: true, ...(district === undefined ? {} : { district }) }, settings));
      // The report's tables are built by this library from its own figures; a refusal here is a bug, not the client's doing.
      if (E.isLeft(report)) return problemReply(problem('internal-error', report.left.message));
      if (wantsCsv(request.headers.accept)) return csv(boardReportsCsv([report.right]));
      return wantsText(request.headers.accept) ? text(formatBoardReport(report.right)) : json(report.right);
    },
  },
];

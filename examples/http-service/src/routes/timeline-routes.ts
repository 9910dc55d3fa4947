import { formatTimeline } from '@send-hub/audit';
import { CaseId } from '@send-hub/core';
import { either as E } from 'fp-ts';
import { refusedProblem } from '../command-outcome';
import { problem } from '../problem-details';
import { dateParameter, wantsText } from '../query-parameters';
import { json, problemReply, text } from '../replies';
import type { Route } from '../router';
import type { ServiceContext } from '../service-context';

/**
 * A case's history as one timeline, as it stands now or as of a business date
 * (`occurredOn`) and a moment the hub knew it (`recordedAt`).
 */
export const timelineRoutes = (context: ServiceContext): ReadonlyArray<Route> => [
  {
    method: 'GET',
    path: /^\/cases\/([^/]+)\/timeline$/,
    handle: async ({ url, parameters, request, actor }) => {
      const occurredOn = dateParameter(url, 'occurredOn');
      if (E.isLeft(occurredOn)) return problemReply(occurredOn.left);
      const recordedAt = url.searchParams.get('recordedAt') ?? undefined;
      const asOf = { ...(occurredOn.right === undefined ? {} : { occurredOn: occurredOn.right }), ...(recordedAt === undefined ? {} : { recordedAt }) };
      const caseId = parameters[0] ?? '';
      // A path that is not a case id names no case: not found, like any unknown case.
      if (!CaseId.is(caseId)) return problemReply(problem('not-found', `There is no case "${caseId}": case ids are lower-case UUIDs.`));
      const timeline = await context.hub.replay(caseId, { actor }, { asOf });
      if (E.isLeft(timeline)) {
        const failure = timeline.left;
        return problemReply(failure._tag === 'AccessRefused' ? refusedProblem(failure) : problem(failure.code === 'case-not-found' ? 'not-found' : 'query-invalid', failure.message));
      }
      return wantsText(request.headers.accept) ? text(formatTimeline(timeline.right)) : json(timeline.right);
    },
  },
];

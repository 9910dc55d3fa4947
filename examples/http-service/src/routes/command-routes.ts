import { either as E } from 'fp-ts';
import { commandReply } from '../command-outcome';
import { problem } from '../problem-details';
import { problemReply } from '../replies';
import { readJsonBody } from '../request-body';
import type { Route, RouteRequest } from '../router';
import type { ServiceContext } from '../service-context';

const caseIdIn = (body: unknown): unknown => (typeof body === 'object' && body !== null && 'caseId' in body ? body.caseId : undefined);

/** Ties the events of one request together in the log when the caller sends its own id. */
const commandContext = ({ actor, request }: RouteRequest) => {
  const correlationId = request.headers['x-correlation-id'];
  return { actor, ...(typeof correlationId === 'string' && correlationId.trim() !== '' ? { correlationId: correlationId.trim() } : {}) };
};

/** Commands in: the body is a case, hub meeting or group meeting command as the library's codecs define it. */
export const commandRoutes = (context: ServiceContext): ReadonlyArray<Route> => [
  {
    method: 'POST',
    path: /^\/cases\/([^/]+)\/commands$/,
    handle: async (routed) => {
      const [caseId = ''] = routed.parameters;
      const body = await readJsonBody(routed.request, context.maxBodyBytes);
      if (E.isLeft(body)) return problemReply(body.left);
      const named = caseIdIn(body.right);
      // A missing caseId is left to the command's own validation, which names the field.
      if (named !== undefined && named !== caseId) {
        return problemReply(problem('case-id-mismatch', `The address is for case ${caseId}, but the command is for case ${JSON.stringify(named)}.`, { pathCaseId: caseId, commandCaseId: named }));
      }
      const result = await context.hub.recordCase(body.right, commandContext(routed));
      return commandReply(context, result, `/cases/${encodeURIComponent(caseId)}/timeline`);
    },
  },
  {
    method: 'POST',
    path: /^\/meetings\/commands$/,
    handle: async (routed) => {
      const body = await readJsonBody(routed.request, context.maxBodyBytes);
      if (E.isLeft(body)) return problemReply(body.left);
      const result = await context.hub.recordMeeting(body.right, commandContext(routed));
      const district = E.isRight(result) ? result.right.events[0]?.meeting.district : undefined;
      return commandReply(context, result, district === undefined ? undefined : `/districts/${district}/meetings`);
    },
  },
  {
    method: 'POST',
    path: /^\/locality-management-group\/commands$/,
    handle: async (routed) => {
      const body = await readJsonBody(routed.request, context.maxBodyBytes);
      if (E.isLeft(body)) return problemReply(body.left);
      const result = await context.hub.recordLMGMeeting(body.right, commandContext(routed));
      const district = E.isRight(result) ? result.right.events[0]?.meeting.district : undefined;
      return commandReply(context, result, district === undefined ? undefined : `/districts/${district}/group-meetings`);
    },
  },
];

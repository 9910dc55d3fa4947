import type { IncomingHttpHeaders } from 'node:http';
import type { Actor } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { problem, type Problem } from './problem-details';

/**
 * Who is asking, from headers set by the council's sign-on gateway in front of this
 * service (which has checked who they are). Every event records its actor, and
 * agendas and timelines show children's names, so no request goes without one.
 */
export const actorHeaders = { id: 'x-actor-id', role: 'x-actor-role', agency: 'x-actor-agency' } as const;

const longestValue = 200;

const headerValue = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text === undefined || text === '' ? undefined : text;
};

const unknownActor = (detail: string): Problem =>
  // A 401 must say how to authenticate; the scheme names the headers the gateway sets.
  problem('actor-missing', detail, { requiredHeaders: ['X-Actor-Id', 'X-Actor-Role'] }, { 'WWW-Authenticate': 'X-Actor realm="send-hub"' });

export const actorOf = (headers: IncomingHttpHeaders): E.Either<Problem, Actor> => {
  const id = headerValue(headers, actorHeaders.id);
  const role = headerValue(headers, actorHeaders.role);
  const agency = headerValue(headers, actorHeaders.agency);
  const missing = [id === undefined ? 'X-Actor-Id' : undefined, role === undefined ? 'X-Actor-Role' : undefined].filter((name) => name !== undefined);
  if (id === undefined || role === undefined) return E.left(unknownActor(`The request does not say who is asking: the ${missing.join(' and ')} header${missing.length === 1 ? ' is' : 's are'} missing.`));
  const tooLong = [id, role, agency].some((value) => value !== undefined && value.length > longestValue);
  if (tooLong) return E.left(unknownActor(`The X-Actor headers must each be at most ${longestValue} characters.`));
  return E.right({ id, role, ...(agency === undefined ? {} : { agency }) });
};

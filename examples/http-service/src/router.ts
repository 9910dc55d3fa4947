import type { IncomingMessage } from 'node:http';
import type { AccessActor } from '@send-hub/access';
import { either as E } from 'fp-ts';
import { problem, type Problem } from './problem-details';
import type { Reply } from './replies';

/** Everything a route needs from a request, already checked: the address, its parameters, who is asking. */
export interface RouteRequest {
  readonly request: IncomingMessage;
  readonly url: URL;
  /** The path's captured segments, decoded, in order. */
  readonly parameters: ReadonlyArray<string>;
  /** Who is asking, from their verified token: every hub call the route makes carries it. */
  readonly actor: AccessActor;
}

export interface Route {
  readonly method: 'GET' | 'POST';
  /** Anchored; each capture group is one path segment. */
  readonly path: RegExp;
  readonly handle: (request: RouteRequest) => Promise<Reply>;
}

export interface Matched {
  readonly route: Route;
  readonly parameters: ReadonlyArray<string>;
}

const decodedSegments = (match: RegExpExecArray): ReadonlyArray<string> | undefined => {
  try {
    return match.slice(1).map((segment) => decodeURIComponent(segment ?? ''));
  } catch {
    return undefined; // a malformed percent-encoding names nothing here
  }
};

/** The route for a method and path: 404 when no route has the path, 405 (saying which methods it allows) when none has the method. */
export const routeFor = (routes: ReadonlyArray<Route>, method: string, pathname: string): E.Either<Problem, Matched> => {
  const allowed: string[] = [];
  for (const route of routes) {
    const match = route.path.exec(pathname);
    if (match === null) continue;
    const parameters = decodedSegments(match);
    if (parameters === undefined) break;
    if (route.method === method) return E.right({ route, parameters });
    allowed.push(route.method);
  }
  if (allowed.length === 0) return E.left(problem('not-found', `There is nothing at ${pathname}.`));
  return E.left(problem('method-not-allowed', `The address ${pathname} accepts ${allowed.join(' and ')}, not ${method}.`, { allowed }, { Allow: allowed.join(', ') }));
};

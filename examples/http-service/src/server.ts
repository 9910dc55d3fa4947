import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Hub } from '@send-hub/application';
import { either as E } from 'fp-ts';
import { problem } from './problem-details';
import { problemReply, writeReply, type Reply } from './replies';
import { defaultMaxBodyBytes } from './request-body';
import { authenticate, type TokenAuthentication } from './authentication/token-authentication';
import { routeFor, type Route } from './router';
import { boardRoutes } from './routes/board-routes';
import { commandRoutes } from './routes/command-routes';
import { districtRoutes } from './routes/district-routes';
import { timelineRoutes } from './routes/timeline-routes';
import type { ServiceContext } from './service-context';

export interface HubServiceOptions {
  /** How callers' tokens are checked: the council's sign-on service's key, issuer and audience. */
  readonly authentication: TokenAuthentication;
  /** 127.0.0.1 by default: put the council's gateway in front, never the open internet. */
  readonly host?: string;
  /** 0 (any free port) by default; the running service says which it got. */
  readonly port?: number;
  readonly maxBodyBytes?: number;
  readonly readModelWaitMilliseconds?: number;
  /** Told of errors that became a 500, with what was asked; the client sees no internals. */
  readonly onError?: (error: unknown, request: { readonly method: string; readonly path: string }) => void;
}

export interface RunningHubService {
  /** For example http://127.0.0.1:49321 */
  readonly url: string;
  readonly port: number;
  /** Stops listening and closes open connections; the hub stays open (its owner disposes it). */
  close(): Promise<void>;
}

const routesOf = (context: ServiceContext): ReadonlyArray<Route> => [...commandRoutes(context), ...districtRoutes(context), ...boardRoutes(context), ...timelineRoutes(context)];

const answer = async (routes: ReadonlyArray<Route>, authentication: TokenAuthentication, request: IncomingMessage): Promise<Reply> => {
  const url = new URL(request.url ?? '/', 'http://service.invalid');
  const matched = routeFor(routes, request.method ?? 'GET', url.pathname);
  if (E.isLeft(matched)) return problemReply(matched.left);
  const actor = await authenticate(authentication, request.headers);
  if (E.isLeft(actor)) return problemReply(actor.left);
  return matched.right.route.handle({ request, url, parameters: matched.right.parameters, actor: actor.right });
};

const internalError = problem('internal-error', 'The service could not answer this request. It has been logged; try again, and tell the hub’s support team if it happens again.');

/** Serves a hub over HTTP. Start the hub's read models first: every read is answered from them. */
export const startHubService = async (hub: Hub, options: HubServiceOptions): Promise<RunningHubService> => {
  const context: ServiceContext = { hub, maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes, readModelWaitMilliseconds: options.readModelWaitMilliseconds ?? 5_000 };
  const routes = routesOf(context);
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const serve = (request: IncomingMessage, response: ServerResponse): void => {
    answer(routes, options.authentication, request)
      .catch((error: unknown) => {
        onError(error, { method: request.method ?? '', path: request.url ?? '' });
        return problemReply(internalError);
      })
      .then((reply) => writeReply(response, reply))
      .catch((error: unknown) => onError(error, { method: request.method ?? '', path: request.url ?? '' }));
  };
  const server = createServer(serve);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
};

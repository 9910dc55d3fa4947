import type { ServerResponse } from 'node:http';
import { toJsonText } from '@send-hub/audit';
import type { Problem } from './problem-details';

/** What a route answers, as a value: the server writes it, so routes never touch the response. */
export type Reply =
  | { readonly kind: 'json'; readonly status: number; readonly body: unknown; readonly headers?: Readonly<Record<string, string>> }
  | { readonly kind: 'text'; readonly status: number; readonly text: string }
  | { readonly kind: 'csv'; readonly status: number; readonly text: string }
  | { readonly kind: 'problem'; readonly problem: Problem };

export const json = (body: unknown, status = 200, headers: Readonly<Record<string, string>> = {}): Reply => ({ kind: 'json', status, body, headers });
export const text = (body: string, status = 200): Reply => ({ kind: 'text', status, text: body });
/** Text for spreadsheets (RFC 4180), with the header row the body carries. */
export const csv = (body: string, status = 200): Reply => ({ kind: 'csv', status, text: body });
export const problemReply = (problem: Problem): Reply => ({ kind: 'problem', problem });

// no-store: agendas and timelines show children's names, which no cache along the way should keep.
const write = (response: ServerResponse, status: number, contentType: string, body: string, headers: Readonly<Record<string, string>>): void => {
  response.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  response.end(body);
};

/** Bigints (revisions, positions) go out as decimal strings: JSON numbers lose precision past 2^53. */
export const writeReply = (response: ServerResponse, reply: Reply): void => {
  if (reply.kind === 'json') write(response, reply.status, 'application/json', toJsonText(reply.body), reply.headers ?? {});
  else if (reply.kind === 'text') write(response, reply.status, 'text/plain; charset=utf-8', reply.text, {});
  else if (reply.kind === 'csv') write(response, reply.status, 'text/csv; charset=utf-8; header=present', reply.text, {});
  else write(response, reply.problem.details.status, 'application/problem+json', toJsonText(reply.problem.details), reply.problem.headers);
};

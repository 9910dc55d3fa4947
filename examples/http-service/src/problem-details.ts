/**
 * Problem details (RFC 9457): every error the service answers with says what kind of
 * problem it is (`type`, stable), a short `title` for that kind, the HTTP `status`, and
 * a `detail` in plain English about this occurrence. Extension members carry the
 * particulars a program acts on: the field problems of an invalid command, the code of
 * the rule that refused it.
 */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly [extension: string]: unknown;
}

/** A problem and the response headers that go with it (Allow for 405, WWW-Authenticate for 401...). */
export interface Problem {
  readonly details: ProblemDetails;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Where the kinds of problem are documented. A council would point this at its own
 * documentation; `example` is a name reserved for examples, so nothing real answers.
 */
export const problemTypeBase = 'https://send-hub.example/problems/';

const problemKinds = {
  'token-missing': { status: 401, title: 'Who is asking is not known' },
  'token-invalid': { status: 401, title: 'The token that says who is asking is not valid' },
  'access-refused': { status: 403, title: 'The access policy does not allow this request' },
  'body-unreadable': { status: 400, title: 'The request body is not valid JSON' },
  'case-id-mismatch': { status: 400, title: 'The case in the address and the case in the command differ' },
  'command-invalid': { status: 400, title: 'The command is not valid' },
  'query-invalid': { status: 400, title: 'The query is not valid' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'This address does not accept that method' },
  'rule-refused': { status: 409, title: 'A rule of the hub refused the command' },
  'conflict-persisted': { status: 409, title: 'The record kept changing while the command was decided' },
  'reference-erased': { status: 409, title: 'The child reference belongs to personal data that was erased' },
  'body-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'The request body is not JSON' },
  'stored-event-unreadable': { status: 500, title: 'A stored event cannot be read' },
  'internal-error': { status: 500, title: 'Something went wrong in the service' },
} as const;

export type ProblemKind = keyof typeof problemKinds;

export const problem = (
  kind: ProblemKind,
  detail: string,
  extensions: Readonly<Record<string, unknown>> = {},
  headers: Readonly<Record<string, string>> = {},
): Problem => ({
  details: { ...extensions, type: `${problemTypeBase}${kind}`, title: problemKinds[kind].title, status: problemKinds[kind].status, detail },
  headers,
});

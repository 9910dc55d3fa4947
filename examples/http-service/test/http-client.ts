import { bearer, officer } from './test-tokens';

/** What a test reads from a response: status, headers and the body parsed as JSON (or text). */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Readonly<Record<string, unknown>>;
  readonly text: string;
}

/** The Tamworth hub coordinator's token, who makes every request unless a test says otherwise. */
export const officerHeaders = (): Promise<Record<string, string>> => bearer(officer);

const readAnswer = async (response: Response): Promise<Answer> => {
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, headers: response.headers, text, body: type.includes('json') ? (JSON.parse(text) as Answer['body']) : {} };
};

/** Every request is bounded: a hung service fails the test instead of holding it open. */
const timeout = () => AbortSignal.timeout(10_000);

export const get = async (base: string, path: string, headers?: Record<string, string>): Promise<Answer> =>
  readAnswer(await fetch(`${base}${path}`, { headers: headers ?? (await officerHeaders()), signal: timeout() }));

export const post = async (base: string, path: string, body: unknown, headers?: Record<string, string>): Promise<Answer> =>
  readAnswer(await fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(headers ?? (await officerHeaders())) }, body: typeof body === 'string' ? body : JSON.stringify(body), signal: timeout() }));

export const postCase = (base: string, command: { readonly caseId: string; readonly [field: string]: unknown }): Promise<Answer> => post(base, `/cases/${command.caseId}/commands`, command);
export const postMeeting = (base: string, command: unknown): Promise<Answer> => post(base, '/meetings/commands', command);

import type { IncomingMessage } from 'node:http';
import { either as E } from 'fp-ts';
import { problem, type Problem } from './problem-details';

/** A command is a few kilobytes; 64 KiB leaves room for long narratives and many actions. */
export const defaultMaxBodyBytes = 64 * 1024;

const isJsonMediaType = (contentType: string | undefined): boolean => {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
};

/**
 * Reads the rest of a body we will not use, keeping nothing: answering before the client
 * has finished sending would reset the connection, and it would never see the answer.
 */
const discardRest = (request: IncomingMessage): void => {
  request.removeAllListeners('data');
  request.resume();
};

const tooLarge = (maxBytes: number): Problem =>
  problem('body-too-large', `The request body is larger than the ${maxBytes.toLocaleString('en-GB')} bytes this service accepts. Send one command at a time.`, { maxBytes });

/** Collects the body up to `maxBytes`, stopping early (and answering 413) when a client sends more. */
const collect = (request: IncomingMessage, maxBytes: number): Promise<E.Either<Problem, Buffer>> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        discardRest(request);
        resolve(E.left(tooLarge(maxBytes)));
      } else chunks.push(chunk);
    });
    request.once('end', () => resolve(E.right(Buffer.concat(chunks))));
    request.once('error', (error) => resolve(E.left(problem('body-unreadable', `The request body could not be read: ${error.message}.`))));
  });

const parseJson = (bytes: Buffer): E.Either<Problem, unknown> => {
  if (bytes.length === 0) return E.left(problem('body-unreadable', 'The request body is empty. Send the command as a JSON object.'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return E.left(problem('body-unreadable', 'The request body is not text in UTF-8.'));
  }
  try {
    return E.right(JSON.parse(text) as unknown);
  } catch (error) {
    return E.left(problem('body-unreadable', `The request body is not valid JSON: ${(error as Error).message}.`));
  }
};

/**
 * The request's JSON body, or the problem with it: 415 unless it says it is JSON, 413
 * when longer than `maxBytes` (checked against Content-Length first, then as it
 * arrives), 400 when it is empty, not UTF-8 or not JSON.
 */
export const readJsonBody = async (request: IncomingMessage, maxBytes: number): Promise<E.Either<Problem, unknown>> => {
  if (!isJsonMediaType(request.headers['content-type'])) {
    discardRest(request);
    const given = request.headers['content-type'] === undefined ? 'no content type' : `the content type "${request.headers['content-type']}"`;
    return E.left(problem('unsupported-media-type', `The request body has ${given}; send the command as application/json.`, {}, { 'Accept-Post': 'application/json' }));
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    discardRest(request);
    return E.left(tooLarge(maxBytes));
  }
  const bytes = await collect(request, maxBytes);
  return E.isLeft(bytes) ? bytes : parseJson(bytes.right);
};

import type { IncomingHttpHeaders } from 'node:http';
import { AccessActor } from '@send-hub/access';
import { either as E } from 'fp-ts';
import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { problem, type Problem } from '../problem-details';

/**
 * How callers prove who they are: a JSON Web Token signed by the council's sign-on
 * service, checked with `jose` (signature, algorithm, issuer, audience, expiry). The
 * token's claims name the actor: `sub` its id, and `role`, `agency` and `districts`, as
 * the access policy reads them.
 */
export interface TokenAuthentication {
  /** The key that signs tokens: a shared secret (HS256) or a key set (`createRemoteJWKSet`, `createLocalJWKSet`). */
  readonly key: Uint8Array | JWTVerifyGetKey;
  readonly issuer: string;
  readonly audience: string;
  /** The algorithms accepted; anything else is refused, `none` always. */
  readonly algorithms: ReadonlyArray<string>;
  /** Seconds of clock difference tolerated between the sign-on service and this one; 30 by default. */
  readonly clockToleranceSeconds?: number;
}

const challenge = (error?: string, description?: string): Record<string, string> => ({
  'WWW-Authenticate': `Bearer realm="send-hub"${error === undefined ? '' : `, error="${error}"`}${description === undefined ? '' : `, error_description="${description}"`}`,
});

const tokenMissing = (): Problem =>
  problem('token-missing', 'The request does not say who is asking: send a token from the council’s sign-on service as "Authorization: Bearer <token>".', {}, challenge());

// A header holds printable ASCII only: curly quotes and the like would make the reply unwritable.
const headerText = (text: string): string => text.replace(/[^\x20-\x7E]|"/g, "'");

const tokenInvalid = (detail: string): Problem => problem('token-invalid', detail, {}, challenge('invalid_token', headerText(detail)));

/** Why a token was refused, in plain English, from what `jose` found; never the token itself. */
const whyRefused = (error: unknown): string => {
  if (error instanceof errors.JWTExpired) return 'The token has expired: ask the sign-on service for a new one.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's "${error.claim}" claim is not one this service accepts.`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token’s signature does not verify: it was not signed by the council’s sign-on service, or it was changed.';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm this service does not accept.';
  return 'The token cannot be read: it is not a signed token from the council’s sign-on service.';
};

const bearerToken = (headers: IncomingHttpHeaders): string | undefined => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1];
};

/** The actor a request's token names, or the 401 problem that says why there is none. */
export const authenticate = async (settings: TokenAuthentication, headers: IncomingHttpHeaders): Promise<E.Either<Problem, AccessActor>> => {
  const token = bearerToken(headers);
  if (token === undefined) return E.left(tokenMissing());
  let claims: Record<string, unknown>;
  try {
    const options = { issuer: settings.issuer, audience: settings.audience, algorithms: [...settings.algorithms], clockTolerance: settings.clockToleranceSeconds ?? 30, requiredClaims: ['exp', 'sub'] };
    const key = settings.key;
    ({ payload: claims } = key instanceof Uint8Array ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options));
  } catch (error) {
    if (error instanceof errors.JOSEError) return E.left(tokenInvalid(whyRefused(error)));
    throw error;
  }
  const actor = AccessActor.decode({ id: claims.sub, role: claims.role, agency: claims.agency, districts: claims.districts });
  return E.isLeft(actor) ? E.left(tokenInvalid('The token does not name an actor: it needs "sub", "role", "agency" and "districts" claims.')) : E.right(actor.right);
};

import { createHmac } from 'node:crypto';
import type { AccessActor } from '@send-hub/access';

/** The sign-on service the load test stands in for: a shared secret, its issuer, and the service's audience. */
export interface SignOnService {
  readonly secret: string;
  readonly issuer: string;
  readonly audience: string;
}

const base64Url = (text: string | Buffer): string => Buffer.from(text).toString('base64url');

/**
 * A JSON Web Token for `actor`, signed with HS256 as a council's sign-on service would
 * issue it (subject, role, agency, districts; an hour to live). Made with node:crypto
 * alone, so the service's own checks (jose) are tried against a token they did not make.
 */
export const signOnToken = (service: SignOnService, actor: AccessActor, now: Date = new Date()): string => {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const header = base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const claims = { sub: actor.id, role: actor.role, agency: actor.agency, districts: [...actor.districts], iss: service.issuer, aud: service.audience, iat: issuedAt, exp: issuedAt + 3_600 };
  const payload = base64Url(JSON.stringify(claims));
  const signature = createHmac('sha256', service.secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
};

import type { AccessActor } from '@send-hub/access';
import { SignJWT } from 'jose';
import type { TokenAuthentication } from '../src/authentication/token-authentication';

export const testSecretText = 'a test secret of at least thirty-two bytes, never used elsewhere';
const secret = new TextEncoder().encode(testSecretText);

/** The sign-on service of the tests: a shared secret, its issuer, this service's audience. */
export const testAuthentication: TokenAuthentication = { key: secret, issuer: 'https://sign-on.council.example', audience: 'send-hub', algorithms: ['HS256'] };

export interface TokenSettings {
  readonly expiresAt?: number | string;
  readonly key?: Uint8Array;
  readonly issuer?: string;
}

/** A token for `actor` as the sign-on service issues it (valid for ten minutes), or as the settings change it. */
export const tokenFor = (actor: AccessActor, settings: TokenSettings = {}): Promise<string> =>
  new SignJWT({ role: actor.role, agency: actor.agency, districts: [...actor.districts] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(actor.id)
    .setIssuer(settings.issuer ?? testAuthentication.issuer)
    .setAudience(testAuthentication.audience)
    .setIssuedAt()
    .setExpirationTime(settings.expiresAt ?? '10m')
    .sign(settings.key ?? secret);

export const bearer = async (actor: AccessActor, settings?: TokenSettings): Promise<Record<string, string>> => ({ Authorization: `Bearer ${await tokenFor(actor, settings)}` });

export const officer: AccessActor = { id: 'officer-7', role: 'hub-coordinator', agency: 'education', districts: ['tamworth'] };
export const lichfieldOfficer: AccessActor = { id: 'officer-9', role: 'hub-coordinator', agency: 'education', districts: ['lichfield'] };
export const boardMember: AccessActor = { id: 'board-1', role: 'board-member', agency: 'other', districts: [] };

import { createRemoteJWKSet } from 'jose';
import type { TokenAuthentication } from './token-authentication';

const required = (environment: NodeJS.ProcessEnv, name: string): string => {
  const value = environment[name]?.trim();
  if (value === undefined || value === '') throw new Error(`${name} must be set: the service accepts only tokens from the council's sign-on service, and needs to know it.`);
  return value;
};

/**
 * The sign-on service, as the environment names it: its issuer and this service's
 * audience, and either the address of its key set (SEND_HUB_JWKS_URL, keys rotated there)
 * or a shared secret of at least 32 bytes (SEND_HUB_TOKEN_SECRET, signed with HS256).
 */
export const authenticationFromEnvironment = (environment: NodeJS.ProcessEnv): TokenAuthentication => {
  const issuer = required(environment, 'SEND_HUB_TOKEN_ISSUER');
  const audience = required(environment, 'SEND_HUB_TOKEN_AUDIENCE');
  const keySetAddress = environment.SEND_HUB_JWKS_URL?.trim();
  if (keySetAddress !== undefined && keySetAddress !== '') return { key: createRemoteJWKSet(new URL(keySetAddress)), issuer, audience, algorithms: ['RS256', 'ES256', 'EdDSA'] };
  const secret = new TextEncoder().encode(required(environment, 'SEND_HUB_TOKEN_SECRET'));
  if (secret.length < 32) throw new Error('SEND_HUB_TOKEN_SECRET must be at least 32 bytes long: a shorter secret can be guessed.');
  return { key: secret, issuer, audience, algorithms: ['HS256'] };
};

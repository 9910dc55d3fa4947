import { InvalidEventError } from '../port/errors';

/**
 * Personal data was given for someone whose personal data was erased: their key is
 * destroyed (or the log records their erasure), so nothing can be recorded under it
 * again. Thrown by the personal-data layer before anything is written; the command
 * handler returns it as a `reference-erased` refusal.
 */
export class ErasedKeyError extends InvalidEventError {
  constructor(
    message: string,
    readonly keyId: string,
    /** When the erasure happened, as the key store or the log says; undefined when neither says. */
    readonly erasedAt: string | undefined,
  ) {
    super(message);
    this.name = 'ErasedKeyError';
  }
}

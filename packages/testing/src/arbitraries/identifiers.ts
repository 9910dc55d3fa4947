import * as fc from 'fast-check';
import { builtOnce } from './built-once';

/** A case id: a lower-case version 4 UUID, as the case codec expects. */
export const caseId = (): fc.Arbitrary<string> => fc.uuid({ version: 4 });

/** An action id: a lower-case version 4 UUID. */
export const actionId = (): fc.Arbitrary<string> => fc.uuid({ version: 4 });

/** A pseudonymous child reference: 4 to 64 letters, digits or hyphens, often council-style ("STAFFS-000123"). */
export const childReference = builtOnce(() =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 999_999 }).map((number) => `STAFFS-${String(number).padStart(6, '0')}`) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9-]{4,64}$/) },
  ),
);

/** A school's unique reference number: six digits (Staffordshire schools are in the 12xxxx to 14xxxx range). */
export const schoolUrn = builtOnce(() =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 120_000, max: 149_999 }).map(String) },
    { weight: 1, arbitrary: fc.stringMatching(/^\d{6}$/) },
  ),
);

/**
 * Some text a person wrote (1 to 2,000 characters): mostly the realistic phrases
 * given, sometimes any text at all, so consumers cannot rely on tidy input.
 */
export const shortText = (realistic: ReadonlyArray<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...realistic) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 120, unit: 'grapheme' }) },
  );

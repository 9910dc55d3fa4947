import { erasedPersonalData, type PersonalFieldPath } from '@send-hub/core';
import { isEncryptedField } from './field-encryption';
import { replaceAll, valueAt } from './field-paths';

/**
 * Event data as a reader without keys sees it: every encrypted field replaced by
 * `{ erased: true }`. Lets an auditor decode and rule-check a raw log (as stored,
 * ciphertext and all) without ever touching personal data.
 */
export const redactEncryptedFields = (data: unknown, paths: ReadonlyArray<PersonalFieldPath>): unknown =>
  replaceAll(
    data,
    paths.filter((path) => isEncryptedField(valueAt(data, path))).map((path) => [path, erasedPersonalData] as const),
  );

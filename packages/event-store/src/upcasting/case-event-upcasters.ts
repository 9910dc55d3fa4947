import { consentNotRecordedAtReferral } from '@send-hub/core';
import type { Upcaster } from './upcaster-registry';

const isRecord = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null && !Array.isArray(data);

/**
 * `Referred` version 1 had no consent: it came after, as `ConsentGiven`. Version 2 carries
 * the consent the school obtained; a version 1 referral reads as one whose consent was not
 * recorded with it, so its case waits for consent exactly as it did when it was written.
 * Anything other than an object is passed on unchanged, for the decoder to report.
 */
export const referredWithoutConsent: Upcaster = {
  type: 'Referred',
  fromVersion: 1,
  upcast: (data) => (isRecord(data) && data['consent'] === undefined ? { ...data, consent: consentNotRecordedAtReferral } : data),
};

/** Every step that brings an older case event up to its current schema version. */
export const caseEventUpcasters: ReadonlyArray<Upcaster> = [referredWithoutConsent];

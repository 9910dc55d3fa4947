import type { LMGOutcomeEffect } from '@send-hub/core';

/** Why the group decided as it did, by where the outcome leaves the case. */
export const lmgReasons: Readonly<Record<LMGOutcomeEffect, ReadonlyArray<string>>> = {
  'returns-to-hub': ['New strategies are worth trying with the group’s advice.', 'The school can meet the needs with more specialist advice.'],
  'closes-case': ['The needs are beyond what the school and the hub can put in place.', 'The child needs support the hub does not arrange.'],
  'waits-for-group': ['The group needs the educational psychologist’s report first.', 'The group wants to hear from the family before it decides.'],
};

export const lmgRecommendations: ReadonlyArray<string> = [
  'Ask the educational psychologist for a consultation with the class teacher.',
  'Try a reduced timetable for four weeks with a planned return.',
  'Bring in the specialist outreach service for advice to staff.',
  'Agree a key adult and a safe space for unstructured times.',
];

export * from './decider/decider';

export * from './values/calendar-date';
export * from './values/instant-in-words';
export * from './values/identifiers';
export { quickDecoder, quickGuard } from './values/identity-union';
export * from './values/patterned-string';
export * from './values/sentence-start';

export * from './reference/academic-time';
export * from './reference/agencies';
export * from './reference/coded-values';
export * from './reference/consent-age';
export * from './reference/districts';
export * from './reference/ethnicity';
export * from './reference/half-term-calendar';
export * from './reference/dated-half-terms';
export * from './reference/english-term-dates';
export * from './reference/hub-configuration';
export * from './reference/locality-management-group-cadence';
export * from './reference/school-years';
export * from './reference/sex';
export * from './reference/special-educational-needs';

export * from './personal-data/personal-field';
export * from './personal-data/absent-personal-details';

export * from './case/case-commands';
export * from './case/case-decider';
export * from './case/case-descriptions';
export * from './case/case-events';
export * from './case/case-evolve';
export * from './case/case-rejections';
export * from './case/case-rules';
export * from './case/case-state';
export * from './case/case-vocabulary';
export * from './case/consent-and-views';
export * from './case/lmg-case-rules';
export * from './case/meeting-named';
export * from './case/move-case-rules';
export * from './case/referral-details';
export * from './case/school-place';

export * from './meeting/meeting-decider';
export * from './meeting/meeting-descriptions';
export * from './meeting/meeting-messages';
export * from './meeting/meeting-reference';
export * from './meeting/recorded-meeting';
export * from './meeting/review-due-term';
export * from './personal-data/erasure-events';

export * from './lmg/lmg-meeting-decider';
export * from './lmg/lmg-meeting-descriptions';
export * from './lmg/lmg-meeting-messages';
export * from './lmg/lmg-meeting-reference';
export * from './lmg/lmg-meeting-rules';
export * from './lmg/lmg-outcomes';

export * from './validation/bounded-input';
export * from './validation/exact-object';
export * from './validation/field-refusal';
export * from './validation/input-limits';
export * from './validation/plain-copy-within-limits';
export * from './validation/received-value';
export { defaultMaxListLength, listOf } from './values/list-of';

export * from './child/child-decider';
export * from './child/child-events';
export * from './child/child-rules';
export * from './child/child-state';

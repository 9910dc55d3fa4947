import type * as t from 'io-ts';

/**
 * What the compiled checks (`compiled-checks.ts`) need to know of codecs built in this
 * package that their classes alone do not say: which object codecs refuse fields they do
 * not define (`exact`, where io-ts's own `t.exact` drops them), and how many items each
 * bounded list (`listOf`) may hold. Kept apart so both sides import it without a cycle.
 */
export const fieldRefusingCodecs = new WeakSet<t.Mixed>();

export const listLengthLimits = new WeakMap<t.Mixed, number>();

/** Names no field may have: writing them can change an object's prototype, and no codec defines them. */
export const forbiddenFieldNames: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

import { writeJson } from '@send-hub/event-store';

const bigintAsText = (value: bigint): string => `"${value.toString()}"`;

/**
 * JSON for people and files: bigints (revisions, positions) become decimal strings,
 * since `JSON.stringify` refuses them and a number would lose precision past 2^53.
 * Without an indent (export lines), written without recursion, so a stored event
 * nested 100,000 deep is exported like any other.
 */
export const toJsonText = (value: unknown, indent?: number): string =>
  indent === undefined
    ? (writeJson(value, { sortKeys: false, bigint: bigintAsText }) ?? 'null')
    : JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner), indent);

/**
 * Shows a value for a failure message: JSON, with bigints written `12n` (JSON cannot
 * hold them) and undefined shown rather than dropped.
 */
export const showValue = (value: unknown, indent?: number): string => {
  if (value === undefined) return 'undefined';
  return (
    JSON.stringify(
      value,
      (_key, inner: unknown) => (typeof inner === 'bigint' ? `${inner}n` : inner === undefined ? '<undefined>' : inner),
      indent,
    ) ?? String(value)
  );
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const shortValue = (value: unknown): string => {
  const shown = showValue(value);
  return shown.length > 120 ? `${shown.slice(0, 117)}...` : shown;
};

/**
 * Where two values differ, one line per difference ("[0].meeting.halfTerm: expected 2,
 * received 3"), so a reader sees the mismatch without comparing two blobs by eye.
 */
export const differences = (expected: unknown, received: unknown, path = '', limit = 12): string[] => {
  const found: string[] = [];
  const walk = (left: unknown, right: unknown, at: string): void => {
    if (found.length >= limit || Object.is(left, right)) return;
    const where = at === '' ? 'the whole value' : at;
    if (Array.isArray(left) && Array.isArray(right)) {
      if (left.length !== right.length) found.push(`${where}: expected ${left.length} items, received ${right.length}`);
      for (let index = 0; index < Math.min(left.length, right.length); index += 1) walk(left[index], right[index], `${at}[${index}]`);
      return;
    }
    if (isRecord(left) && isRecord(right)) {
      for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
        const child = at === '' ? key : `${at}.${key}`;
        if (!(key in right)) found.push(`${child}: expected ${shortValue(left[key])}, but it is missing`);
        else if (!(key in left)) found.push(`${child}: not expected, received ${shortValue(right[key])}`);
        else walk(left[key], right[key], child);
      }
      return;
    }
    found.push(`${where}: expected ${shortValue(left)}, received ${shortValue(right)}`);
  };
  walk(expected, received, path);
  return found;
};

/** Why a message a person will read is not plain English; empty when it is. */
export const plainEnglishProblems = (message: unknown): string[] => {
  if (typeof message !== 'string') return [`the message is not text but ${showValue(message)}`];
  const problems: string[] = [];
  const text = message.trim();
  if (text === '') return ['the message is empty'];
  if (!/\s/.test(text)) problems.push('the message is a single word, not a sentence');
  if (!/[.!?”"')]$/.test(text)) problems.push('the message does not end a sentence');
  if (!/^[A-Z0-9“"‘'(]/.test(text)) problems.push('the message does not start like a sentence');
  // Signs that a value was pasted into the text without being described.
  if (text.includes('[object Object]')) problems.push('the message shows "[object Object]"');
  for (const leak of ['undefined', 'NaN']) if (new RegExp(`\\b${leak}\\b`).test(text)) problems.push(`the message shows "${leak}"`);
  return problems;
};

import type * as t from 'io-ts';
import { PersonalType } from '../personal-data/personal-field';

const count = (amount: number, one: string, many: string): string => `${amount.toLocaleString('en-GB')} ${amount === 1 ? one : many}`;

/** What kind of value this is, never the value: for fields whose value must not be repeated. Never throws. */
export const describeKind = (value: unknown): string => {
  try {
    if (value === undefined) return 'nothing';
    if (value === null) return 'null';
    if (typeof value === 'string') return `text of ${count(value.length, 'character', 'characters')}`;
    if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : String(value);
    if (typeof value === 'boolean') return 'true or false';
    if (typeof value === 'bigint') return 'a bigint';
    if (typeof value === 'function') return 'a function';
    if (typeof value === 'symbol') return 'a symbol';
    if (Array.isArray(value)) return `a list of ${count(value.length, 'item', 'items')}`;
    return 'an object';
  } catch {
    return 'a value that cannot be read';
  }
};

/**
 * The value received, as a message may show it back: text, numbers and the like as
 * JSON to 80 characters (`"12A"`, `42`), an object or a list by its kind alone (`an
 * object`, `a list of 3 items`), since either may hold personal fields the message
 * cannot tell apart. Safe for any value (no prototype, cycles, getters, proxies, any
 * depth); never throws.
 */
export const previewValue = (value: unknown, maxLength = 80): string => {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value.slice(0, maxLength));
  else if (typeof value === 'bigint') text = `${value.toString()}n`;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else return describeKind(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 3)}...` : text;
};

/** Whether an io-ts error's path runs through a field marked personal: its value is then never repeated. */
export const isWithinPersonalField = (context: t.Context): boolean => context.some((entry) => entry.type instanceof PersonalType);

/** The value an io-ts error received, as a message may show it: by kind alone inside a personal field, else a preview. */
export const describeReceivedValue = (value: unknown, context: t.Context): string =>
  isWithinPersonalField(context) ? describeKind(value) : previewValue(value);

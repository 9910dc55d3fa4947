/** 1 for the character codes of 0-9 and a-f, 0 for every other code below 128. */
const lowerHex = new Uint8Array(128);
for (const digit of '0123456789abcdef') lowerHex[digit.charCodeAt(0)] = 1;

const hyphen = 45;

const hexFrom = (value: string, start: number, end: number): boolean => {
  for (let index = start; index < end; index += 1) if (lowerHex[value.charCodeAt(index)] !== 1) return false;
  return true;
};

/**
 * Whether `value` is a UUID in lower case (8-4-4-4-12 hexadecimal digits), exactly as
 * /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/ says. Every command
 * and every stored event names its case and actions by UUID; a table of hexadecimal
 * digits checks one in about half the time the expression takes. (A code above 127
 * reads `undefined` from the table, so it fails like any other character.)
 */
export const isLowerCaseUuid = (value: string): boolean =>
  value.length === 36 &&
  value.charCodeAt(8) === hyphen &&
  value.charCodeAt(13) === hyphen &&
  value.charCodeAt(18) === hyphen &&
  value.charCodeAt(23) === hyphen &&
  hexFrom(value, 0, 8) &&
  hexFrom(value, 9, 13) &&
  hexFrom(value, 14, 18) &&
  hexFrom(value, 19, 23) &&
  hexFrom(value, 24, 36);

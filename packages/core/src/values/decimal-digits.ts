const zero = 48; // '0'

/** The value of the decimal digits of `value` from `start` to `end`, or -1 if any is not a digit. */
export const digitsAt = (value: string, start: number, end: number): number => {
  let result = 0;
  for (let index = start; index < end; index += 1) {
    const digit = value.charCodeAt(index) - zero;
    if (digit < 0 || digit > 9) return -1;
    result = result * 10 + digit;
  }
  return result;
};

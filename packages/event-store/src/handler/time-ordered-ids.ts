import { randomFillSync } from 'node:crypto';

/** The largest value of the 12-bit counter that orders ids made within one millisecond. */
const lastCount = 0xfff;

const hexDigits = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));

/** Random bytes from the operating system, read eight at a time from a pool of 4 KiB. */
const randomPool = () => {
  const pool = new Uint8Array(4_096);
  let unread = 0;
  return {
    /** Where the next eight unread bytes begin. */
    take: (): number => {
      if (unread < 8) {
        randomFillSync(pool);
        unread = pool.length;
      }
      unread -= 8;
      return unread;
    },
    byteAt: (index: number): number => pool[index] ?? 0,
  };
};

/**
 * Version 7 UUIDs (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter that
 * keeps ids made in the same millisecond in order (the RFC's "fixed-length dedicated
 * counter", starting each millisecond at a random value below 0x800), then the variant
 * and 62 random bits. Each id sorts after the one before it, as text too, even when
 * the clock steps back: the time then holds where it was and the counter goes on, and
 * a counter run out moves the time on a millisecond.
 *
 * The `uuid` package's `v7` keeps the same order, but refills a 256-byte pool every
 * sixteen ids, copies sixteen bytes into a new array for each and joins some twenty
 * strings; every command pays for two ids (its event's and its correlation id), and
 * the store keeps them. This writes the id's characters as codes into one array (the
 * time's only when it changes) and makes one flat string of them: joined pieces would
 * be kept as a chain of a dozen strings, five times the memory of the id itself.
 */
export const createTimeOrderedIds = (now: () => number = Date.now): (() => string) => {
  const random = randomPool();
  const codes = Array.from('00000000-0000-7000-8000-000000000000', (character) => character.charCodeAt(0));
  const writeHex = (value: number, from: number, digits: number): void => {
    let rest = value;
    for (let place = from + digits - 1; place >= from; place -= 1) {
      codes[place] = hexDigits[rest % 16] ?? 0;
      rest = Math.floor(rest / 16);
    }
  };
  /** Two hexadecimal digits, by shifts rather than the division `writeHex` needs for the 48-bit time. */
  const writeByte = (byte: number, from: number): void => {
    codes[from] = hexDigits[byte >> 4] ?? 0;
    codes[from + 1] = hexDigits[byte & 0xf] ?? 0;
  };
  const writeTime = (time: number): void => {
    writeHex(Math.floor(time / 0x10000), 0, 8);
    writeHex(time % 0x10000, 9, 4);
  };

  let time = -1;
  let count = 0;
  return () => {
    const current = now();
    if (current > time) {
      time = current;
      writeTime(time);
      const seed = random.take();
      count = ((random.byteAt(seed) << 3) | (random.byteAt(seed + 1) & 0x7)) & 0x7ff;
    } else if (count < lastCount) {
      count += 1;
    } else {
      time += 1;
      writeTime(time);
      count = 0;
    }
    codes[15] = hexDigits[count >> 8] ?? 0;
    writeByte(count & 0xff, 16);
    const at = random.take();
    writeByte((random.byteAt(at) & 0x3f) | 0x80, 19);
    writeByte(random.byteAt(at + 1), 21);
    for (let byte = 2; byte < 8; byte += 1) writeByte(random.byteAt(at + byte), 20 + 2 * byte);
    return String.fromCharCode(...codes);
  };
};

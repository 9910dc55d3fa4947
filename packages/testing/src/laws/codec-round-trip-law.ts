import * as fc from 'fast-check';
import type * as t from 'io-ts';
import { PathReporter } from 'io-ts/PathReporter';
import { isDeepStrictEqual } from 'node:util';
import { differences, showValue } from './describe-value';

export interface CodecRoundTripOptions {
  /**
   * Also pass the encoded value through JSON text, as a store does: catches encodings
   * JSON cannot hold (bigints, undefined in arrays, dates). Off by default.
   */
  readonly throughJson?: boolean;
}

/**
 * Decoding what a codec encoded gives back the value: `decode(encode(x))` equals `x`
 * for every generated `x`, and the codec's `is` recognises `x`. A failure names the
 * value and the first differences.
 */
export const codecRoundTripLaw = <A, O>(codec: t.Type<A, O, unknown>, arbitrary: fc.Arbitrary<A>, options: CodecRoundTripOptions = {}) =>
  fc.property(arbitrary, (value) => {
    if (!codec.is(value)) throw new Error(`The codec "${codec.name}" does not recognise the generated value ${showValue(value)}.`);
    const encoded = codec.encode(value);
    const input: unknown = options.throughJson === true ? JSON.parse(JSON.stringify(encoded)) : encoded;
    const decoded = codec.decode(input);
    if (decoded._tag === 'Left') {
      throw new Error(`The codec "${codec.name}" cannot decode what it encoded (${showValue(input)}):\n${PathReporter.report(decoded).join('\n')}`);
    }
    if (!isDeepStrictEqual(decoded.right, value)) {
      throw new Error(`The codec "${codec.name}" decoded a different value than it encoded:\n${differences(value, decoded.right).join('\n')}`);
    }
  });

import * as t from 'io-ts';
import { listLengthLimits } from '../validation/codec-marks';
import { FieldRefusal, refusalAt } from '../validation/field-refusal';

/** Lists in commands and events hold a handful of items; 100 is far more than any hub agrees at one meeting. */
export const defaultMaxListLength = 100;

/**
 * `t.array`, bounded to `maxLength` items, and with an `is` that refuses an array with
 * holes (`[first, , third]`) as decoding does. io-ts's `is` checks with
 * `Array.prototype.every`, which skips holes, while decoding reads every index and
 * refuses the missing one; the message unions (`identityUnion`) answer valid input by
 * `is` alone, so the two must agree.
 */
export const listOf = <Item extends t.Mixed>(item: Item, name: string, maxLength: number = defaultMaxListLength): t.ArrayC<Item> => {
  const array = t.array(item, name);
  const tooLong = new FieldRefusal(`${name} with at most ${maxLength.toLocaleString('en-GB')} items`);
  const is = (input: unknown): input is Array<t.TypeOf<Item>> => {
    if (!Array.isArray(input) || input.length > maxLength) return false;
    for (let index = 0; index < input.length; index += 1) if (!item.is(input[index])) return false;
    return true;
  };
  const validate = (input: unknown, context: t.Context): t.Validation<Array<t.TypeOf<Item>>> =>
    Array.isArray(input) && input.length > maxLength ? t.failures([refusalAt(context.slice(0, -1), context[context.length - 1]?.key ?? '', tooLong)]) : array.validate(input, context);
  const list = new t.ArrayType(array.name, is, validate, array.encode, item);
  listLengthLimits.set(list, maxLength);
  return list;
};

import * as t from 'io-ts';

/**
 * `t.array`, except that `is` refuses an array with holes (`[first, , third]`) as
 * decoding does. io-ts's `is` checks with `Array.prototype.every`, which skips holes,
 * while decoding reads every index and refuses the missing one; the message unions
 * (`identityUnion`) answer valid input by `is` alone, so the two must agree.
 */
export const listOf = <Item extends t.Mixed>(item: Item, name: string): t.ArrayC<Item> => {
  const array = t.array(item, name);
  const is = (input: unknown): input is Array<t.TypeOf<Item>> => {
    if (!Array.isArray(input)) return false;
    for (let index = 0; index < input.length; index += 1) if (!item.is(input[index])) return false;
    return true;
  };
  return new t.ArrayType(array.name, is, array.validate, array.encode, item);
};

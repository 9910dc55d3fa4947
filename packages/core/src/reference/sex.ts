import type * as t from 'io-ts';
import { codedValues } from './coded-values';

export const sexes = codedValues('a sex code (M, F or U)', {
  M: 'Male',
  F: 'Female',
  U: 'Unknown',
});
export const Sex = sexes.codec;
export type Sex = t.TypeOf<typeof Sex>;

import type * as t from 'io-ts';
import { codedValues } from './coded-values';

/** The agencies that attend hub meetings and own actions. */
export const agencies = codedValues('an agency (education, social-care, health or other)', {
  education: 'Education',
  'social-care': 'Social care',
  health: 'Health',
  other: 'Other agency',
});
export const Agency = agencies.codec;
export type Agency = t.TypeOf<typeof Agency>;

/** The three agencies whose joint attendance the board monitors. */
export const statutoryAgencies: ReadonlyArray<Agency> = ['education', 'social-care', 'health'];

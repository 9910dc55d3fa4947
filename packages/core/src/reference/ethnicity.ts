import type * as t from 'io-ts';
import { codedValues } from './coded-values';

/** Ethnicity main codes (school census). REFU and NOBT are never imputed. */
export const ethnicities = codedValues('an ethnicity main code (for example WBRI, MWBC, APKN, BAFR, REFU or NOBT)', {
  WBRI: 'White British',
  WIRI: 'White Irish',
  WIRT: 'Traveller of Irish heritage',
  WOTH: 'Any other White background',
  WROM: 'Gypsy or Roma',
  MWBC: 'White and Black Caribbean',
  MWBA: 'White and Black African',
  MWAS: 'White and Asian',
  MOTH: 'Any other mixed background',
  AIND: 'Indian',
  APKN: 'Pakistani',
  ABAN: 'Bangladeshi',
  AOTH: 'Any other Asian background',
  BCRB: 'Black Caribbean',
  BAFR: 'Black African',
  BOTH: 'Any other Black background',
  CHNE: 'Chinese',
  OOTH: 'Any other ethnic group',
  REFU: 'Refused',
  NOBT: 'Information not yet obtained',
});
export const Ethnicity = ethnicities.codec;
export type Ethnicity = t.TypeOf<typeof Ethnicity>;

export const ethnicityMajorGroups = codedValues('an ethnicity major group', {
  white: 'White',
  mixed: 'Mixed',
  asian: 'Asian',
  black: 'Black',
  chinese: 'Chinese',
  other: 'Other ethnic group',
  unclassified: 'Unclassified',
});
export const EthnicityMajorGroup = ethnicityMajorGroups.codec;
export type EthnicityMajorGroup = t.TypeOf<typeof EthnicityMajorGroup>;

/** The default lookup from main code to major group; councils may supply their own in the hub configuration. */
export const defaultEthnicityMajorGroupLookup: Readonly<Record<Ethnicity, EthnicityMajorGroup>> = {
  WBRI: 'white', WIRI: 'white', WIRT: 'white', WOTH: 'white', WROM: 'white',
  MWBC: 'mixed', MWBA: 'mixed', MWAS: 'mixed', MOTH: 'mixed',
  AIND: 'asian', APKN: 'asian', ABAN: 'asian', AOTH: 'asian',
  BCRB: 'black', BAFR: 'black', BOTH: 'black',
  CHNE: 'chinese',
  OOTH: 'other',
  REFU: 'unclassified', NOBT: 'unclassified',
};

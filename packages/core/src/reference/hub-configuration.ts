import * as t from 'io-ts';
import { District, staffordshireDistricts } from './districts';
import { defaultEthnicityMajorGroupLookup, Ethnicity, EthnicityMajorGroup } from './ethnicity';
import { defaultHalfTermCalendar, HalfTermCalendar } from './half-term-calendar';

/**
 * What differs between councils running the hub model: their districts, their
 * ethnicity grouping and their term dates (which dates belong to which half term, and so
 * when each hub may meet). Data, not code, so a council configures rather than forks.
 */
export const HubConfiguration = t.type(
  {
    councilName: t.string,
    districts: t.array(District),
    ethnicityMajorGroups: t.record(Ethnicity, EthnicityMajorGroup),
    halfTermCalendar: HalfTermCalendar,
  },
  'a hub configuration',
);
export type HubConfiguration = t.TypeOf<typeof HubConfiguration>;

export const staffordshireConfiguration: HubConfiguration = {
  councilName: 'Staffordshire County Council',
  districts: [...staffordshireDistricts],
  ethnicityMajorGroups: { ...defaultEthnicityMajorGroupLookup },
  halfTermCalendar: defaultHalfTermCalendar,
};

export const districtName = (configuration: HubConfiguration, districtId: string): string =>
  configuration.districts.find((district) => district.id === districtId)?.name ?? districtId;

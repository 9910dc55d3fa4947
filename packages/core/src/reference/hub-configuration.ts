import * as t from 'io-ts';
import { District, staffordshireDistricts } from './districts';
import { defaultEthnicityMajorGroupLookup, Ethnicity, EthnicityMajorGroup } from './ethnicity';

/**
 * What differs between councils running the hub model: their districts and their
 * ethnicity grouping. Data, not code, so a council configures rather than forks.
 */
export const HubConfiguration = t.type(
  {
    councilName: t.string,
    districts: t.array(District),
    ethnicityMajorGroups: t.record(Ethnicity, EthnicityMajorGroup),
  },
  'a hub configuration',
);
export type HubConfiguration = t.TypeOf<typeof HubConfiguration>;

export const staffordshireConfiguration: HubConfiguration = {
  councilName: 'Staffordshire County Council',
  districts: [...staffordshireDistricts],
  ethnicityMajorGroups: { ...defaultEthnicityMajorGroupLookup },
};

export const districtName = (configuration: HubConfiguration, districtId: string): string =>
  configuration.districts.find((district) => district.id === districtId)?.name ?? districtId;

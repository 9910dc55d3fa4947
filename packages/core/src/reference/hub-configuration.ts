import * as t from 'io-ts';
import { District, staffordshireDistricts } from './districts';
import { defaultEthnicityMajorGroupLookup, Ethnicity, EthnicityMajorGroup } from './ethnicity';
import { defaultHalfTermCalendar, HalfTermCalendar } from './half-term-calendar';
import { defaultLocalityManagementGroupSettings, LocalityManagementGroupSettings } from './locality-management-group-cadence';

/**
 * What differs between councils running the hub model: their districts, their
 * ethnicity grouping and their term dates (which dates belong to which half term, and so
 * when each hub may meet). Data, not code, so a council configures rather than forks.
 */
export const HubConfiguration = t.intersection(
  [
    t.type({
      councilName: t.string,
      districts: t.array(District),
      ethnicityMajorGroups: t.record(Ethnicity, EthnicityMajorGroup),
      halfTermCalendar: HalfTermCalendar,
    }),
    // Optional, so a configuration written before the group had settings still reads.
    t.partial({ localityManagementGroup: LocalityManagementGroupSettings }),
  ],
  'a hub configuration',
);
export type HubConfiguration = t.TypeOf<typeof HubConfiguration>;

export const staffordshireConfiguration: HubConfiguration = {
  councilName: 'Staffordshire County Council',
  districts: [...staffordshireDistricts],
  ethnicityMajorGroups: { ...defaultEthnicityMajorGroupLookup },
  halfTermCalendar: defaultHalfTermCalendar,
};

/** The group's settings under a configuration: the council's own, or every half term. */
export const lmgSettingsOf = (configuration: HubConfiguration): LocalityManagementGroupSettings =>
  configuration.localityManagementGroup ?? defaultLocalityManagementGroupSettings;

export const districtName = (configuration: HubConfiguration, districtId: string): string =>
  configuration.districts.find((district) => district.id === districtId)?.name ?? districtId;

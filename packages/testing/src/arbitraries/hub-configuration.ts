import { ethnicities, ethnicityMajorGroups, lmgCadences, type District, type HubConfiguration, type PersonalDataErased } from '@send-hub/core';
import * as fc from 'fast-check';
import { plainRecord } from './plain-record';
import { calendarDate, halfTermCalendar, type DateRange } from './academic-time';
import { childReference, shortText } from './identifiers';
import { anyDistrictId, codeOf } from './reference-data';

const councilNames = ['Staffordshire County Council', 'Shropshire Council', 'Derbyshire County Council', 'Telford and Wrekin Council'];

const titleCase = (id: string): string => id.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');

/** Districts with different ids, named after their ids ("north-moor" is "North Moor"). */
export const districtList = (minLength = 1, maxLength = 10): fc.Arbitrary<District[]> =>
  fc.uniqueArray(anyDistrictId(), { minLength, maxLength }).map((ids) => ids.map((id) => ({ id, name: titleCase(id) })));

/** Another council's configuration: its name, its districts, its own ethnicity grouping, its own term dates, and now and then its groups' cadence. */
export const hubConfiguration = (): fc.Arbitrary<HubConfiguration> =>
  fc.tuple(baseConfiguration(), fc.option(codeOf(lmgCadences), { nil: undefined })).map(([configuration, cadence]) =>
    cadence === undefined ? configuration : { ...configuration, localityManagementGroup: { cadence } },
  );

const baseConfiguration = (): fc.Arbitrary<HubConfiguration> =>
  plainRecord({
    councilName: shortText(councilNames),
    districts: districtList(),
    ethnicityMajorGroups: plainRecord(Object.fromEntries(ethnicities.codes.map((code) => [code, codeOf(ethnicityMajorGroups)])) as {
      [Code in keyof HubConfiguration['ethnicityMajorGroups']]: fc.Arbitrary<HubConfiguration['ethnicityMajorGroups'][Code]>;
    }),
    halfTermCalendar: halfTermCalendar(),
  });

const erasers = ['data protection officer', 'records manager', 'retention review'];
const erasureReasons = ['Retention period ended: date of birth plus 25 years.', 'Erasure request upheld by the data protection officer.'];

/** The record that a child's personal data was erased. */
export const personalDataErasedEvent = (dates: DateRange = {}): fc.Arbitrary<PersonalDataErased> =>
  plainRecord({
    type: fc.constant('PersonalDataErased' as const),
    childReference: childReference(),
    occurredOn: calendarDate(dates),
    erasedBy: shortText(erasers),
    reason: shortText(erasureReasons),
  });

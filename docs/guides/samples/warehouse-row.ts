import { createCaseDecider, defaultEthnicityMajorGroupLookup, defaultHalfTermCalendar, fold, type CaseEvent, type HubConfiguration } from '@send-hub/core';

/** A council's own configuration: its districts, the default ethnicity grouping, the default English term dates. */
export const northshire: HubConfiguration = {
  councilName: 'Northshire Council',
  districts: [
    { id: 'north-moor', name: 'North Moor' },
    { id: 'riverside', name: 'Riverside' },
    { id: 'old-town', name: 'Old Town' },
  ],
  ethnicityMajorGroups: { ...defaultEthnicityMajorGroupLookup },
  halfTermCalendar: defaultHalfTermCalendar,
};

export const northshireCaseDecider = createCaseDecider(northshire);

/** One row of the council's nightly export of open cases to its data warehouse: codes and dates only. */
export interface WarehouseRow {
  readonly caseId: string;
  readonly district: string;
  readonly yearGroup: string;
  readonly senProvision: string;
  readonly primaryNeed: string | null;
  readonly referredOn: string;
  readonly stage: string;
}

/** The integration under test: the row for a case's history, or nothing once the case is closed. */
export const warehouseRow = (history: ReadonlyArray<CaseEvent>): WarehouseRow | undefined => {
  const state = fold(northshireCaseDecider.evolve, northshireCaseDecider.initialState, history);
  const referred = history.find((event) => event.type === 'Referred');
  if (state.status !== 'open' || referred?.type !== 'Referred') return undefined;
  const { referral } = referred;
  return {
    caseId: state.caseId,
    district: referral.district,
    yearGroup: referral.yearGroup,
    senProvision: referral.senProvision,
    primaryNeed: referral.needs.find((need) => need.rank === 1)?.need ?? null,
    referredOn: state.referredOn,
    stage: state.stage,
  };
};

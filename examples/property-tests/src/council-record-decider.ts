import { createCaseDecider, type Agency, type CaseEvent, type CaseRejection, type CaseState, type Decider, type HubConfiguration } from '@send-hub/core';
import { either as E } from 'fp-ts';
import type { CouncilRecord } from './council-records';
import { commandForRecord, type RecordNotUnderstood } from './record-to-command';

/**
 * The adapter's reading of a record followed by the hub's own rules, as one pure
 * decider: a dry run of an extract against a case's history before anything is sent,
 * and something the testing kit's laws and specifications can be pointed at directly.
 */
export const councilRecordDecider = (configuration: HubConfiguration, agency: Agency): Decider<CouncilRecord, CaseEvent, CaseState, CaseRejection | RecordNotUnderstood> => {
  const cases = createCaseDecider(configuration);
  return {
    initialState: cases.initialState,
    evolve: cases.evolve,
    decide: (record, state) => {
      const mapped = commandForRecord(record, configuration, agency);
      return E.isLeft(mapped) ? mapped : cases.decide(mapped.right.command, state);
    },
  };
};

import { meetingStreamId, type PersonalFieldPath } from '@send-hub/core';
import { either as E } from 'fp-ts';
import { versionedJsonState, type Projection } from '@send-hub/projections';
import { addCase, DistrictState, emptyDistrictModel, type DistrictModel } from './district-model';
import { applyDistrictEvent } from './district-reducer';

export const districtProjectionName = 'district-hubs';

const format = versionedJsonState(districtProjectionName, 1, DistrictState);

const toState = (model: DistrictModel): DistrictState => ({ cases: [...model.cases.values()], meetings: [...model.meetings.values()] });

const fromState = (state: DistrictState): DistrictModel => {
  const model = emptyDistrictModel();
  for (const tracked of state.cases) addCase(model, tracked);
  for (const record of state.meetings) model.meetings.set(meetingStreamId(record.meeting), record);
  return model;
};

/**
 * The personal fields of events that the model reads: a referral's child name, shown until
 * it is erased. It reads no date of birth and no narrative, so its store may withhold them.
 */
export const districtPersonalFields: Readonly<Record<string, ReadonlyArray<PersonalFieldPath>>> = { Referred: [['referral', 'personal', 'childName']] };

/** The district hubs read model: agendas, actions, the consent worklist and attendance, per district. */
export const districtProjection: Projection<DistrictModel> = {
  name: districtProjectionName,
  initial: emptyDistrictModel,
  apply: applyDistrictEvent,
  serialise: (model) => format.serialise(toState(model)),
  deserialise: (text) => E.map(fromState)(format.deserialise(text)),
  // Folds event data alone: when an event was recorded, and by whom, is never read.
  readsMetadata: false,
};

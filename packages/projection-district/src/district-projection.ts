import { lmgMeetingStreamId, meetingStreamId } from '@send-hub/core';
import { either as E } from 'fp-ts';
import { versionedJsonState, type Projection } from '@send-hub/projections';
import { DistrictState, emptyDistrictModel, type DistrictModel } from './district-model';
import { applyDistrictEvent } from './district-reducer';

export const districtProjectionName = 'district-hubs';

// Version 2: cases no longer hold the child's name. Version 3: cases say whether the child's own views were heard. Version 4: the Locality Management Group's meetings and cases.
// Version 5: cases follow a child who moves school or district, and say where they moved from.
// A model saved at an earlier version is rebuilt from the first event.
const format = versionedJsonState(districtProjectionName, 5, DistrictState);

const toState = (model: DistrictModel): DistrictState => ({
  cases: [...model.cases.values()],
  meetings: [...model.meetings.values()],
  lmgMeetings: [...model.lmgMeetings.values()],
});

const fromState = (state: DistrictState): DistrictModel => {
  const model = emptyDistrictModel();
  for (const tracked of state.cases) model.cases.set(tracked.caseId, tracked);
  for (const record of state.meetings) model.meetings.set(meetingStreamId(record.meeting), record);
  for (const record of state.lmgMeetings) model.lmgMeetings.set(lmgMeetingStreamId(record.meeting), record);
  return model;
};

/**
 * The district hubs read model: agendas, actions, the consent worklist and attendance, per
 * district. It reads no personal field, so its store may withhold every one of them (the
 * hub's `stores.readModels` does): a rebuild looks up no key and decrypts nothing.
 */
export const districtProjection: Projection<DistrictModel> = {
  name: districtProjectionName,
  initial: emptyDistrictModel,
  apply: applyDistrictEvent,
  serialise: (model) => format.serialise(toState(model)),
  deserialise: (text) => E.map(fromState)(format.deserialise(text)),
  // Folds event data alone: when an event was recorded, and by whom, is never read.
  readsMetadata: false,
};

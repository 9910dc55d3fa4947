import { meetingStreamId, termFromOrdinal } from '@send-hub/core';
import { versionedJsonState, type Projection } from '@send-hub/projections';
import { either as E } from 'fp-ts';
import { BoardState, emptyBoardModel, type BoardModel } from './board-model';
import { applyBoardEvent } from './board-reducer';

export const boardProjectionName = 'partnership-board';

// Version 2: schools, agreements and the breakdowns by phase, year group and school. Version 3: the Locality Management Group's discussions and outcomes.
// Version 4: moves of school or district within a case. A model saved at an earlier version is rebuilt from the first event.
const format = versionedJsonState(boardProjectionName, 4, BoardState);

const toState = (model: BoardModel): BoardState => ({
  cases: [...model.cases.values()],
  meetings: [...model.meetings.values()],
  referredChildren: [...model.referredChildren],
});

const fromState = (state: BoardState): BoardModel => {
  const model = emptyBoardModel();
  for (const counted of state.cases) model.cases.set(counted.caseId, counted);
  for (const meeting of state.meetings) model.meetings.set(meetingStreamId({ district: meeting.district, ...termFromOrdinal(meeting.term) }), meeting);
  for (const child of state.referredChildren) model.referredChildren.add(child);
  return model;
};

/** The Partnership Board read model: what its figures are computed from, for every district and the county. */
export const boardProjection: Projection<BoardModel> = {
  name: boardProjectionName,
  initial: emptyBoardModel,
  apply: applyBoardEvent,
  serialise: (model) => format.serialise(toState(model)),
  deserialise: (text) => E.map(fromState)(format.deserialise(text)),
  // Folds event data alone: when an event was recorded, and by whom, is never read.
  readsMetadata: false,
};

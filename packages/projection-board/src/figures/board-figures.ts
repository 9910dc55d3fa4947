import type { BoardCase, BoardModel } from '../board-model';
import { BoardPeriod, defaultBoardSettings, type BoardSelection, type BoardSettings } from './board-selection';
import { caseFigures, type CaseFigures } from './case-figures';
import { countMoves, type MoveCounts } from './moves';
import { multiAgencyWorking, type MultiAgencyWorking } from './multi-agency';

export interface BoardFigures extends CaseFigures {
  readonly selection: BoardSelection;
  readonly multiAgency: MultiAgencyWorking;
  /** Moves into, out of and within the district (or the county), whichever district referred the case. */
  readonly moves: MoveCounts;
}

export function* casesIn(model: BoardModel, district: string | undefined): Generator<BoardCase> {
  for (const counted of model.cases.values()) if (district === undefined || counted.district === district) yield counted;
}

/** Volumes, timeliness, effectiveness, multi-agency working and moves for one district or the county, over a half term or a year. */
export const boardFigures = (model: BoardModel, selection: BoardSelection, settings: BoardSettings = defaultBoardSettings): BoardFigures => {
  const period = new BoardPeriod(selection, settings.calendar);
  const meetings = [...model.meetings.values()].filter((meeting) => selection.district === undefined || meeting.district === selection.district);
  return {
    selection: { ...selection },
    ...caseFigures(casesIn(model, selection.district), period),
    multiAgency: multiAgencyWorking(meetings, period),
    moves: countMoves(model.cases.values(), selection.district, period),
  };
};

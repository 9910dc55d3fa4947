import type { BoardCase } from '../board-model';
import type { BoardPeriod } from './board-selection';

/**
 * Moves of children within open cases, as one district or the county counts them: a move to
 * another district is a move out of the one the child left and into the one they joined, so the
 * county, which both districts are in, counts it both ways; a move of school within a district
 * is counted apart.
 */
export interface MoveCounts {
  readonly movedIn: number;
  readonly movedOut: number;
  readonly schoolMoves: number;
}

/** The moves of `cases` in the period, for `district` (every district of the county when left out). */
export const countMoves = (cases: Iterable<BoardCase>, district: string | undefined, period: BoardPeriod): MoveCounts => {
  const counts = { movedIn: 0, movedOut: 0, schoolMoves: 0 };
  for (const counted of cases) {
    for (const move of counted.moves) {
      if (!period.containsDate(move.on)) continue;
      if (move.from === move.to) {
        if (district === undefined || district === move.to) counts.schoolMoves += 1;
        continue;
      }
      if (district === undefined || district === move.to) counts.movedIn += 1;
      if (district === undefined || district === move.from) counts.movedOut += 1;
    }
  }
  return counts;
};

import type { BoardMeeting } from '../board-model';
import { ratio, type BoardPeriod, type Ratio } from './board-selection';

export interface MultiAgencyWorking {
  readonly meetingsHeld: number;
  readonly meetingsCancelled: number;
  /** Share of held meetings that each statutory agency attended. */
  readonly attendedBy: { readonly education: Ratio; readonly 'social-care': Ratio; readonly health: Ratio };
  /** Share of held meetings attended by education, social care and health together. */
  readonly attendedByAllThree: Ratio;
}

export const multiAgencyWorking = (meetings: Iterable<BoardMeeting>, period: BoardPeriod): MultiAgencyWorking => {
  let held = 0;
  let cancelled = 0;
  const attended = { education: 0, 'social-care': 0, health: 0 };
  let allThree = 0;
  for (const meeting of meetings) {
    if (!period.containsTerm(meeting.term)) continue;
    if (!meeting.held) {
      cancelled += 1;
      continue;
    }
    held += 1;
    let present = 0;
    for (const agency of ['education', 'social-care', 'health'] as const) {
      if (meeting.agencies.includes(agency)) {
        attended[agency] += 1;
        present += 1;
      }
    }
    if (present === 3) allThree += 1;
  }
  return {
    meetingsHeld: held,
    meetingsCancelled: cancelled,
    attendedBy: { education: ratio(attended.education, held), 'social-care': ratio(attended['social-care'], held), health: ratio(attended.health, held) },
    attendedByAllThree: ratio(allThree, held),
  };
};

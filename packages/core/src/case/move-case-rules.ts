import { either as E } from 'fp-ts';
import { yearGroupOn, type YearGroupAtReferral } from '../reference/consent-age';
import { districtName, type HubConfiguration } from '../reference/hub-configuration';
import type { NationalCurriculumYear } from '../reference/school-years';
import type { CalendarDate } from '../values/calendar-date';
import { rejectCase, type CaseRejection } from './case-rejections';
import type { ReferredCase } from './case-state';
import type { SchoolPlace } from './school-place';

type Check = E.Either<CaseRejection, void>;
const pass: Check = E.right(undefined);

/** The year group last recorded for the child (at the referral or the latest move) and its date: year groups move up from there. */
export const yearGroupRecorded = (state: ReferredCase): YearGroupAtReferral => ({ yearGroup: state.yearGroup, referredOn: state.yearGroupRecordedOn });

/** The year group the child is in on `date`, counted on from the one last recorded. */
export const yearGroupOfCaseOn = (state: ReferredCase, date: CalendarDate): NationalCurriculumYear => yearGroupOn(yearGroupRecorded(state), date);

/** Where a move takes the child: the school named, in the district named or, when none is, the district the case is in. */
export const placeAfterMove = (state: ReferredCase, school: string, district: string | undefined): SchoolPlace => ({ school, district: district ?? state.district });

export const checkMoveChangesPlace = (configuration: HubConfiguration, state: ReferredCase, to: SchoolPlace): Check =>
  to.school === state.school && to.district === state.district
    ? E.left(
        rejectCase('move-to-same-school-and-district', state.caseId, `The child already attends school ${to.school} in ${districtName(configuration, to.district)}.`),
      )
    : pass;

/**
 * A case is discussed once at each hub that takes it: first when referred, again when the
 * group sends it back, and again by a new district's hub when the child moves there, unless
 * actions are still outstanding (the new hub reviews those) or the case waits on the group.
 */
export const checkDiscussable = (state: ReferredCase): Check => {
  if (state.stage === 'awaiting-first-discussion' || state.stage === 'returned-to-hub') return pass;
  if (state.movedSinceLastMeeting && (state.stage === 'discussed' || state.stage === 'reviewed')) return pass;
  const particulars =
    state.movedSinceLastMeeting && state.stage === 'actions-agreed'
      ? 'The case moved with actions still outstanding: its new hub reviews them rather than discussing the case afresh.'
      : 'The case has already had its first discussion.';
  return E.left(rejectCase('already-discussed', state.caseId, particulars));
};

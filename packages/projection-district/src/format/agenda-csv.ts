import { capitalised, describeMeeting, districtName, staffordshireConfiguration, type CalendarDate, type HubConfiguration } from '@send-hub/core';
import { csvText } from '@send-hub/projections';
import type { OverdueAction } from '../queries/actions';
import type { AgendaItem, DistrictAgenda, ReviewItem } from '../queries/agenda';
import type { ConsentWorkItem } from '../queries/consent-worklist';
import { nameShownFor, type ChildNames } from './child-names';

/** The columns of an agenda's CSV file: one line for each child on each list, and for each overdue action. */
export const agendaCsvHeader = [
  'Meeting',
  'List',
  'Child',
  'Child reference',
  'Year group',
  'School',
  'Primary need',
  'Provision',
  'Referred on',
  'Why listed',
  'Actions',
  'Case',
] as const;

export interface AgendaLists {
  readonly agenda: DistrictAgenda;
  readonly overdueActions: ReadonlyArray<OverdueAction>;
  readonly consentWorklist: { readonly asOf: CalendarDate; readonly waitingAtLeastDays: number; readonly items: ReadonlyArray<ConsentWorkItem> };
}

const actionText = (action: { readonly description: string; readonly agencyLabel: string; readonly ownerRole: string; readonly agreedIn: string }): string =>
  `${action.description}: ${action.agencyLabel}, ${action.ownerRole} (agreed ${action.agreedIn})`;

/**
 * A meeting's agenda, its overdue actions and its consent worklist as one CSV file for a
 * spreadsheet: the lists the text shows, with the same words, a date as 2026-03-12 so a
 * spreadsheet reads it as one, and each child's name as `names` gives it (looked up for the
 * cases listed, and kept nowhere else).
 */
export const agendaCsv = ({ agenda, overdueActions, consentWorklist }: AgendaLists, names: ChildNames, configuration: HubConfiguration = staffordshireConfiguration): string => {
  const described = describeMeeting(agenda.meeting, districtName(configuration, agenda.meeting.district));
  const meeting = capitalised(described);
  const line = (list: string, item: AgendaItem | ConsentWorkItem, actions: string): string[] => [
    meeting,
    list,
    nameShownFor(names, item.caseId),
    item.childReference,
    item.yearGroup,
    item.school,
    item.primaryNeed,
    item.provision,
    item.referredOn,
    item.reason,
    actions,
    item.caseId,
  ];
  return csvText(agendaCsvHeader, [
    ...agenda.firstDiscussions.map((item) => line('First discussion', item, '')),
    ...agenda.reviewsDue.map((item: ReviewItem) => line(item.overdue ? 'Review due (overdue)' : 'Review due', item, item.actions.map(actionText).join('; '))),
    ...agenda.movedInFromAnotherDistrict.map((item) => line('Moved here from another district', item, '')),
    ...agenda.awaitingLocalityManagementGroup.map((item) => line('Waiting for the Locality Management Group', item, '')),
    ...overdueActions.map((action) => [
      meeting,
      'Action overdue for review',
      nameShownFor(names, action.caseId),
      action.childReference,
      '',
      '',
      '',
      '',
      '',
      `Agreed ${action.halfTermsWaiting} half terms before this meeting and not reviewed.`,
      actionText(action),
      action.caseId,
    ]),
    ...consentWorklist.items.map((item) => line(`Waiting ${consentWorklist.waitingAtLeastDays} days or more for consent`, item, '')),
  ]);
};

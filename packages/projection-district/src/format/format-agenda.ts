import type { DistrictAgenda, AgendaItem, ReviewItem } from '../queries/agenda';
import { nameShownFor, type ChildNames } from './child-names';

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

const describeChild = (item: AgendaItem, names: ChildNames): string =>
  `${nameShownFor(names, item.caseId)} (${item.childReference}), ${item.yearGroup}, school ${item.school}; ${item.primaryNeed}; ${item.provision}.`;

const section = (
  heading: string,
  items: ReadonlyArray<AgendaItem>,
  names: ChildNames,
  details: (item: AgendaItem) => ReadonlyArray<string> = () => [],
): string[] => {
  const lines = [`${heading} (${items.length})`];
  if (items.length === 0) lines.push('  None.');
  items.forEach((item, index) => {
    const unheard = item.childViewsHeard ? [] : ['The child’s own views have not been heard yet.'];
    lines.push(
      `  ${index + 1}. ${describeChild(item, names)}`,
      `     ${item.reason}`,
      ...unheard.map((line) => `     ${line}`),
      ...details(item).map((line) => `     ${line}`),
      `     Case ${item.caseId}`,
    );
  });
  return lines;
};

const reviewDetails = (item: AgendaItem): ReadonlyArray<string> =>
  (item as ReviewItem).actions.map((action) => `- ${action.description}: ${action.agencyLabel}, ${action.ownerRole} (agreed ${action.agreedIn}).`);

/**
 * A district hub meeting's agenda as an officer prints it: a section per list, each child once,
 * codes spelt out, and each child's name from `names` (look them up for `caseIdsOnAgenda`).
 */
export const formatAgenda = (agenda: DistrictAgenda, names: ChildNames): string => {
  const total =
    agenda.firstDiscussions.length +
    agenda.reviewsDue.length +
    agenda.awaitingLocalityManagementGroup.length +
    agenda.backFromLocalityManagementGroup.length +
    agenda.movedInFromAnotherDistrict.length;
  const overdue = agenda.reviewsDue.filter((item) => item.overdue).length;
  const unheard = [...agenda.firstDiscussions, ...agenda.reviewsDue, ...agenda.awaitingLocalityManagementGroup, ...agenda.movedInFromAnotherDistrict].filter((item) => !item.childViewsHeard).length;
  const lines = [
    agenda.title,
    `${plural(total, 'case')} to consider${overdue > 0 ? `, ${plural(overdue, 'review')} overdue` : ''}${
      unheard > 0 ? `; ${unheard === 1 ? 'one child has' : `${unheard} children have`} not been heard in their own words yet` : ''
    }.`,
    '',
    ...section('First discussions: consent given, not yet discussed', agenda.firstDiscussions, names),
    '',
    ...section('Reviews due: actions agreed at an earlier meeting', agenda.reviewsDue, names, reviewDetails),
    '',
    ...section('Moved here from another district: to discuss and agree actions', agenda.movedInFromAnotherDistrict, names),
    '',
    ...section('Back from the Locality Management Group: to discuss again and agree new actions', agenda.backFromLocalityManagementGroup, names),
    '',
    ...section('Waiting for the Locality Management Group', agenda.awaitingLocalityManagementGroup, names),
  ];
  return `${lines.join('\n')}\n`;
};

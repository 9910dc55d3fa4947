import type { LMGAgenda } from '../queries/lmg-agenda';
import type { AgendaItem } from '../queries/agenda';
import { nameShownFor, type ChildNames } from './child-names';

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

const section = (heading: string, items: ReadonlyArray<AgendaItem>, names: ChildNames): string[] => {
  const lines = [`${heading} (${items.length})`];
  if (items.length === 0) lines.push('  None.');
  items.forEach((item, index) => {
    lines.push(
      `  ${index + 1}. ${nameShownFor(names, item.caseId)} (${item.childReference}), ${item.yearGroup}, school ${item.school}; ${item.primaryNeed}; ${item.provision}.`,
      `     ${item.reason}`,
      `     Case ${item.caseId}`,
    );
  });
  return lines;
};

/** A Locality Management Group meeting's agenda as its chair prints it: each child once, codes spelt out. */
export const formatLMGAgenda = (agenda: LMGAgenda, names: ChildNames): string => {
  const lines = [
    agenda.title,
    `${plural(agenda.toDiscuss.length, 'case')} to discuss, ${plural(agenda.waitingOnHub.length, 'case')} back with the hub.`,
    '',
    ...section('To discuss: escalated by the hub, waiting on the group', agenda.toDiscuss, names),
    '',
    ...section('Waiting on the hub: sent back with the group’s recommendations', agenda.waitingOnHub, names),
  ];
  return `${lines.join('\n')}\n`;
};

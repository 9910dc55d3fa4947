import type { AccessRefused } from '@send-hub/access';
import type { LMGMeetingReference, MeetingReference } from '@send-hub/core';
import {
  agendaFor,
  agendaWithNames,
  caseIdsOnAgenda,
  caseIdsOnLMGAgenda,
  consentWorklist,
  lmgAgendaFor,
  withChildName,
  type ChildNames,
  type ConsentWorkItem,
  type ConsentWorklistOptions,
  type DistrictAgenda,
  type LMGAgenda,
  type NamedAgenda,
} from '@send-hub/projection-district';
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/Either';
import type { HubRequest } from './access/hub-request';
import type { Hub } from './hub';

/** What these queries use of a hub: its read models, its council's settings, and its opening of names. */
export type AgendaSource = Pick<Hub, 'configuration' | 'readModels' | 'childNames'>;

/** An item of a list with the name to show, as `withChildName` gives it. */
export type Named<Item> = Item & { readonly childShownAs: string };

/** What to read for a hub meeting: its agenda and, when asked, the consent worklist of its district. */
export interface AgendaQuery {
  readonly meeting: MeetingReference;
  readonly consentWorklist?: ConsentWorklistOptions;
}

/**
 * A hub meeting's agenda (and consent worklist, empty when not asked for) as the read model
 * has them, the names of the children they list (`names`, for the formatters), and the same
 * lists with each item's name attached (`named`, for callers that pass them on as data).
 */
export interface AgendaWithNames {
  readonly agenda: DistrictAgenda;
  readonly consentWorklist: ReadonlyArray<ConsentWorkItem>;
  readonly names: ChildNames;
  readonly named: { readonly agenda: NamedAgenda; readonly consentWorklist: ReadonlyArray<Named<ConsentWorkItem>> };
}

/** The group's agenda whose items carry the name to show. */
export interface NamedLMGAgenda extends LMGAgenda {
  readonly toDiscuss: ReadonlyArray<Named<LMGAgenda['toDiscuss'][number]>>;
  readonly waitingOnHub: ReadonlyArray<Named<LMGAgenda['waitingOnHub'][number]>>;
}

export interface LMGAgendaWithNames {
  readonly agenda: LMGAgenda;
  readonly names: ChildNames;
  readonly named: NamedLMGAgenda;
}

export interface ConsentWorklistWithNames {
  readonly items: ReadonlyArray<ConsentWorkItem>;
  readonly names: ChildNames;
  readonly named: ReadonlyArray<Named<ConsentWorkItem>>;
}

const namedList = <Item extends { readonly caseId: string }>(items: ReadonlyArray<Item>, names: ChildNames): ReadonlyArray<Named<Item>> => items.map((item) => withChildName(item, names));

/**
 * A hub meeting's agenda with the children's names. The read models hold no names: those of
 * the children listed are opened now, in one logged read for `request` (refused as a value,
 * names of districts the actor does not act for left out), and kept nowhere.
 */
export const agendaWithNamesOf = async (hub: AgendaSource, query: AgendaQuery, request: HubRequest): Promise<Either<AccessRefused, AgendaWithNames>> => {
  const { meeting, consentWorklist: worklistOptions } = query;
  const lists = hub.readModels.district((model) => ({
    agenda: agendaFor(model, meeting, hub.configuration),
    consentWorklist: worklistOptions === undefined ? [] : consentWorklist(model, meeting.district, worklistOptions),
  }));
  const names = await hub.childNames([...caseIdsOnAgenda(lists.agenda), ...lists.consentWorklist.map((item) => item.caseId)], request);
  return E.map((opened: ChildNames) => ({
    ...lists,
    names: opened,
    named: { agenda: agendaWithNames(lists.agenda, opened), consentWorklist: namedList(lists.consentWorklist, opened) },
  }))(names);
};

/** The agenda of a district's Locality Management Group meeting with the children's names, opened as for `agendaWithNamesOf`. */
export const lmgAgendaWithNamesOf = async (hub: AgendaSource, meeting: LMGMeetingReference, request: HubRequest): Promise<Either<AccessRefused, LMGAgendaWithNames>> => {
  const agenda = hub.readModels.district((model) => lmgAgendaFor(model, meeting, hub.configuration));
  const names = await hub.childNames(caseIdsOnLMGAgenda(agenda), request);
  return E.map((opened: ChildNames) => ({
    agenda,
    names: opened,
    named: { ...agenda, toDiscuss: namedList(agenda.toDiscuss, opened), waitingOnHub: namedList(agenda.waitingOnHub, opened) },
  }))(names);
};

/** A district's referrals waiting for consent with the children's names, opened as for `agendaWithNamesOf`. */
export const consentWorklistWithNamesOf = async (
  hub: AgendaSource,
  district: string,
  options: ConsentWorklistOptions,
  request: HubRequest,
): Promise<Either<AccessRefused, ConsentWorklistWithNames>> => {
  const items = hub.readModels.district((model) => consentWorklist(model, district, options));
  const names = await hub.childNames(items.map((item) => item.caseId), request);
  return E.map((opened: ChildNames) => ({ items, names: opened, named: namedList(items, opened) }))(names);
};

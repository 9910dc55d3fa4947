import type { Hub } from '@send-hub/application';
import { caseEventLabels, type Agency, type CaseEventType } from '@send-hub/core';
import { describeValidationErrors } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { CouncilRecord } from './council-records';
import { commandForRecord, describeRecord } from './record-to-command';

/** What became of one record, with a sentence for the worker who entered it. */
export type RecordOutcome =
  | { readonly status: 'recorded'; readonly recordNumber: number; readonly eventTypes: ReadonlyArray<CaseEventType>; readonly position: bigint | undefined; readonly message: string }
  /** A rule of the hub refused it: the worker must correct the case, not the adapter. */
  | { readonly status: 'refused'; readonly recordNumber: number; readonly code: string; readonly message: string }
  /** The adapter could not read it: the extract must be corrected. */
  | { readonly status: 'not-understood'; readonly recordNumber: number | undefined; readonly message: string }
  /** The hub could not decide it now (its history unreadable, or others kept writing): send it again later. */
  | { readonly status: 'not-recorded'; readonly recordNumber: number; readonly message: string };

export interface CaseManagementAdapter {
  send(record: unknown): Promise<RecordOutcome>;
  /** Sends records one after another, in the order the council's system entered them. */
  sendAll(records: Iterable<unknown>): Promise<ReadonlyArray<RecordOutcome>>;
}

export interface AdapterSettings {
  /** The agency the case-management system's workers belong to. */
  readonly agency: Agency;
  /**
   * The role in the hub's access policy its workers record in, and the districts they act
   * for; by default a hub coordinator of every district, as a county-wide system is.
   */
  readonly role?: string;
  readonly districts?: ReadonlyArray<string>;
}

const numberOf = (record: unknown): number | undefined => {
  const value = typeof record === 'object' && record !== null && 'recordNumber' in record ? record.recordNumber : undefined;
  return typeof value === 'number' ? value : undefined;
};

/** The council's case-management extract, recorded through the hub's real handlers. */
export const createCaseManagementAdapter = (hub: Hub, settings: AdapterSettings): CaseManagementAdapter => {
  const send = async (input: unknown): Promise<RecordOutcome> => {
    const decoded = CouncilRecord.decode(input);
    if (E.isLeft(decoded)) {
      const recordNumber = numberOf(input);
      const which = recordNumber === undefined ? 'A record' : `Record ${recordNumber}`;
      return { status: 'not-understood', recordNumber, message: `${which} is not a hub activity record: ${describeValidationErrors(decoded.left).join('; ')}.` };
    }
    const record = decoded.right;
    const mapped = commandForRecord(record, hub.configuration, settings.agency);
    if (E.isLeft(mapped)) return { status: 'not-understood', recordNumber: record.recordNumber, message: mapped.left.message };
    const actor = {
      id: mapped.right.actor.id,
      // The group's discussions are entered by its chair; everything else by the hub's own workers.
      role: mapped.right.command.type === 'DiscussAtLMG' ? 'locality-management-group-chair' : (settings.role ?? 'hub-coordinator'),
      agency: settings.agency,
      districts: settings.districts ?? hub.configuration.districts.map((district) => district.id),
    };
    const result = await hub.recordCase(mapped.right.command, { actor, correlationId: `case-management-record-${record.recordNumber}` });
    const described = describeRecord(record);
    if (E.isRight(result)) {
      const eventTypes = result.right.events.map((event) => event.type);
      const told = eventTypes.length === 0 ? 'changed nothing' : `recorded as: ${eventTypes.map((type) => caseEventLabels[type]).join(', ')}`;
      return { status: 'recorded', recordNumber: record.recordNumber, eventTypes, position: result.right.position, message: `${described} ${told}.` };
    }
    const failure = result.left;
    if (failure._tag === 'AccessRefused') return { status: 'refused', recordNumber: record.recordNumber, code: failure.code, message: `${described} was refused by the hub's access policy: ${failure.message}` };
    if (failure._tag === 'Rejected') return { status: 'refused', recordNumber: record.recordNumber, code: failure.rejection.code, message: `${described} was refused by the hub: ${failure.message}` };
    if (failure._tag === 'CommandInvalid') return { status: 'not-understood', recordNumber: record.recordNumber, message: `${described} is not a valid command: ${failure.message}` };
    return { status: 'not-recorded', recordNumber: record.recordNumber, message: `${described} was not recorded: ${failure.message}` };
  };
  return {
    send,
    sendAll: async (records) => {
      const outcomes: RecordOutcome[] = [];
      for (const record of records) outcomes.push(await send(record));
      return outcomes;
    },
  };
};

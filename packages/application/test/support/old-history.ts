import { CaseCommand, caseStreamId, createCaseDecider, CaseEvent, staffordshireConfiguration, type CaseState } from '@send-hub/core';
import type { EventStore, KeyStore } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import { hubUpcasters, layerHubStore } from '../../src';

const decider = createCaseDecider(staffordshireConfiguration);
const upcasters = hubUpcasters();
let written = 0;

/**
 * Writes case commands' events as a send-hub older than the child's stream did
 * (docs/decisions/0040): through the hub's encryption and hash chain, onto each case's
 * stream alone, with nothing on the child's stream.
 */
export const writeAsAnOlderVersion = async (store: EventStore, keyStore: KeyStore, commands: ReadonlyArray<unknown>): Promise<void> => {
  const { commands: layer } = layerHubStore(store, keyStore);
  const states = new Map<string, { readonly state: CaseState; readonly revision: bigint | undefined }>();
  for (const input of commands) {
    const command = CaseCommand.decode(input);
    if (E.isLeft(command)) throw new Error(`Not a case command: ${JSON.stringify(input)}`);
    const streamId = caseStreamId(command.right.caseId);
    const before = states.get(streamId) ?? { state: decider.initialState, revision: undefined };
    const events = decider.decide(command.right, before.state);
    if (E.isLeft(events)) throw new Error(events.left.message);
    const appended = await layer.append(
      streamId,
      events.right.map((event) => {
        written += 1;
        const id = `0190c0de-0000-7000-8000-${written.toString().padStart(12, '0')}`;
        const metadata = { recordedAt: '2025-10-01T09:00:00.000Z', actor: { id: 'old-version', role: 'hub-coordinator' }, correlationId: id, causationId: id };
        return { eventId: id, type: event.type, schemaVersion: upcasters.currentVersion(event.type) ?? 1, data: CaseEvent.encode(event), metadata };
      }),
      before.revision ?? 'no_stream',
    );
    if (E.isLeft(appended)) throw new Error(appended.left.message);
    states.set(streamId, { state: events.right.reduce(decider.evolve, before.state), revision: appended.right.nextExpectedRevision });
  }
};

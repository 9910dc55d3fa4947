import { DeciderCommandHandler, getInMemoryEventStore, type EventStore, type InMemoryEventStore } from '@event-driven-io/emmett';
import { CaseCommand, caseStreamId, createCaseDecider, staffordshireConfiguration, type CaseEvent, type CaseState } from '@send-hub/core';

/** A case command as Emmett carries one: its type, with the whole command as data. */
interface EmmettCaseCommand {
  readonly type: CaseCommand['type'];
  readonly data: CaseCommand;
}

/** A case event as Emmett stores one: its type, with the whole event as data. */
interface EmmettCaseEvent {
  readonly type: CaseEvent['type'];
  readonly data: CaseEvent;
}

const decider = createCaseDecider(staffordshireConfiguration);

/**
 * The hub's own case decider in Emmett's shape, so both sides decide with the same
 * rules: Emmett's deciders throw to refuse, so a refusal becomes an error here.
 */
const emmettCaseHandler = DeciderCommandHandler<CaseState, EmmettCaseCommand, EmmettCaseEvent>({
  decide: (command, state) => {
    const decision = decider.decide(command.data, state);
    if (decision._tag === 'Left') throw new Error(`Emmett's handler refused a valid command: ${decision.left.message}`);
    return decision.right.map((event) => ({ type: event.type, data: event }));
  },
  evolve: (state, event) => decider.evolve(state, event.data),
  initialState: () => decider.initialState,
});

export const newEmmettStore = (): InMemoryEventStore => getInMemoryEventStore();

/**
 * Records each command through Emmett's `DeciderCommandHandler` over one of its stores
 * (in memory, or PostgreSQL): read the case's stream, fold it, decide, append. With `decode`, each command
 * is first checked by the hub's command codec, as the hub checks its unknown input.
 * Returns how many events were written.
 */
export const recordThroughEmmett = async (
  store: EventStore,
  commands: ReadonlyArray<CaseCommand>,
  { decode }: { readonly decode: boolean },
): Promise<number> => {
  let written = 0;
  for (const input of commands) {
    const decoded = decode ? CaseCommand.decode(input) : undefined;
    if (decoded?._tag === 'Left') throw new Error('A valid command did not decode.');
    const command = decoded?.right ?? input;
    const result = await emmettCaseHandler(store, caseStreamId(command.caseId), { type: command.type, data: command });
    written += result.newEvents.length;
  }
  return written;
};

import {
  CaseCommand,
  CaseEvent,
  caseStreamId,
  createCaseDecider,
  createMeetingDecider,
  MeetingCommand,
  MeetingEvent,
  meetingStreamId,
  type CaseRejection,
  type CaseState,
  type HubConfiguration,
  type MeetingRejection,
  type MeetingState,
} from '@send-hub/core';
import { createCommandHandler, createStateCache, createUpcasterRegistry, type CommandHandler, type EventStore, type UpcasterRegistry } from '@send-hub/event-store';
import { hubEventSchemaVersions } from '@send-hub/hub';
import { either as E } from 'fp-ts';

export interface HubCommandHandlers {
  /** Records a case command (`Refer`, `RecordConsent`, ... `Close`) given as unknown input: it is decoded first. */
  readonly recordCase: CommandHandler<CaseEvent, CaseRejection>;
  /** Records a meeting command (`RecordMeeting`, `CancelMeeting`). */
  readonly recordMeeting: CommandHandler<MeetingEvent, MeetingRejection>;
}

export interface HandlerSettings {
  readonly store: EventStore;
  readonly configuration: HubConfiguration;
  readonly clock: () => Date;
  readonly newEventId?: () => string;
  readonly maxRetries?: number;
  /**
   * Keep each case's and meeting's state between commands, with each command's own
   * events folded in once the store has taken them, so a command reads only what other
   * writers have added since (on by default; false reads every stream in full). Safe
   * after erasure, as neither state holds a personal field, and safe however a caller
   * reuses its command objects, as neither state keeps an object of its events (both
   * deciders are held to stateSharesNothingWithEventsLaw).
   */
  readonly cacheStates?: boolean;
  /**
   * How many cases' and meetings' states the cache keeps; 200,000 by default. A county's
   * cases interleave: a million-event history has about 175,000 (the growth benchmark),
   * and a cache of 10,000 forgot each case before its next command, so every command
   * read its case in full (half the speed). A case's state is about 350 bytes, so the default costs at most about 90 MB.
   */
  readonly cachedStreams?: number;
}

/** The registry every hub reader and writer shares; a gap in it is a bug in this library, so it throws. */
export const hubUpcasters = (): UpcasterRegistry => {
  const registry = createUpcasterRegistry({ currentVersions: hubEventSchemaVersions });
  if (E.isLeft(registry)) throw new Error(registry.left.message);
  return registry.right;
};

export const createHubCommandHandlers = (settings: HandlerSettings): HubCommandHandlers => {
  const shared = {
    store: settings.store,
    upcasters: hubUpcasters(),
    clock: settings.clock,
    ...(settings.newEventId === undefined ? {} : { newEventId: settings.newEventId }),
    ...(settings.maxRetries === undefined ? {} : { maxRetries: settings.maxRetries }),
  };
  const cached = settings.cacheStates ?? true;
  const sized = { maxStreams: settings.cachedStreams ?? 200_000 };
  return {
    recordCase: createCommandHandler({
      ...shared,
      ...(cached ? { cache: createStateCache<CaseState>(sized), foldWrittenEvents: true } : {}),
      decider: createCaseDecider(settings.configuration),
      commandCodec: CaseCommand,
      eventCodec: CaseEvent,
      streamIdFor: (command: CaseCommand) => caseStreamId(command.caseId),
    }),
    recordMeeting: createCommandHandler({
      ...shared,
      ...(cached ? { cache: createStateCache<MeetingState>(sized), foldWrittenEvents: true } : {}),
      decider: createMeetingDecider(settings.configuration),
      commandCodec: MeetingCommand,
      eventCodec: MeetingEvent,
      streamIdFor: (command: MeetingCommand) => meetingStreamId(command.meeting),
    }),
  };
};

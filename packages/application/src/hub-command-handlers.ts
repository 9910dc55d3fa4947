import {
  CaseCommand,
  CaseEvent,
  caseStreamId,
  createCaseDecider,
  createLMGMeetingDecider,
  createMeetingDecider,
  LMGMeetingCommand,
  LMGMeetingEvent,
  lmgMeetingStreamId,
  MeetingCommand,
  MeetingEvent,
  meetingStreamId,
  type CaseRejection,
  type CaseState,
  type HubConfiguration,
  type LMGMeetingRejection,
  type LMGMeetingState,
  type MeetingRejection,
  type MeetingState,
  type WithRecordedMeeting,
} from '@send-hub/core';
import {
  createCommandHandler,
  createStateCache,
  type CommandHandler,
  type CommandHandlerOptions,
  type EventStore,
} from '@send-hub/event-store';
import { childBoundary } from './child-referrals';
import { hubUpcasters } from './hub-upcasters';
import { createRecordedMeetings, withRecordedMeeting } from './recorded-meetings';

export { hubUpcasters } from './hub-upcasters';

export interface HubCommandHandlers {
  /** Records a case command (`Refer`, `RecordConsent`, ... `Close`) given as unknown input: it is decoded first. A `Refer` passes the child's boundary (one open case at a time) before its case's events are written. */
  readonly recordCase: CommandHandler<CaseEvent, CaseRejection>;
  /** Records a meeting command (`RecordMeeting`, `CancelMeeting`). */
  readonly recordMeeting: CommandHandler<MeetingEvent, MeetingRejection>;
  /** Records a Locality Management Group meeting command (`RecordLMGMeeting`, `CancelLMGMeeting`, `RecordLMGThemes`). */
  readonly recordLMGMeeting: CommandHandler<LMGMeetingEvent, LMGMeetingRejection>;
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
  /**
   * Makes the child's personal-data key, when the key store holds none, as soon as a
   * referral's boundary starts reading the child's stream: the key's commit then waits
   * beside the boundary's reads and writes instead of after them, and the referral's own
   * append finds the key made. The hub gives its key store's, read through the log's
   * erasure records, so no key is made for an erased child. Without it, the key is made
   * when the referral's events are appended. Awaited before the referral's own events.
   */
  readonly prepareKey?: (keyId: string, createdAt: string) => Promise<unknown>;
}

/** What both the hub's plain and guarded handlers are built with. */
const sharedHandlerOptions = (settings: HandlerSettings) => ({
  store: settings.store,
  upcasters: hubUpcasters(),
  clock: settings.clock,
  ...(settings.newEventId === undefined ? {} : { newEventId: settings.newEventId }),
  ...(settings.maxRetries === undefined ? {} : { maxRetries: settings.maxRetries }),
});

const cacheOptions = <State>(settings: HandlerSettings) =>
  (settings.cacheStates ?? true) ? { cache: createStateCache<State>({ maxStreams: settings.cachedStreams ?? 200_000 }), foldWrittenEvents: true } : {};

/**
 * How the hub's case handler is wired: the real decider and codecs, the hub's schema
 * versions, a state cache, what the meeting a decision names has recorded (a hub
 * meeting's for a discussion, agreement or review, the group meeting's for the group's
 * discussion), read from the meeting's stream before each decision, and the child's
 * boundary, written before a referral's own events (one open case a child).
 */
export const caseHandlerWiring = (settings: HandlerSettings): CommandHandlerOptions<WithRecordedMeeting<CaseCommand>, CaseEvent, CaseState, CaseRejection> => ({
  ...sharedHandlerOptions(settings),
  ...cacheOptions<CaseState>(settings),
  informCommand: withRecordedMeeting(createRecordedMeetings(settings.store)),
  writeFirst: childBoundary(settings),
  decider: createCaseDecider(settings.configuration),
  commandCodec: CaseCommand,
  eventCodec: CaseEvent,
  streamIdFor: (command) => caseStreamId(command.caseId),
});

/** How the hub's meeting handler is wired. */
export const meetingHandlerWiring = (settings: HandlerSettings): CommandHandlerOptions<MeetingCommand, MeetingEvent, MeetingState, MeetingRejection> => ({
  ...sharedHandlerOptions(settings),
  ...cacheOptions<MeetingState>(settings),
  decider: createMeetingDecider(settings.configuration),
  commandCodec: MeetingCommand,
  eventCodec: MeetingEvent,
  streamIdFor: (command) => meetingStreamId(command.meeting),
});

/** How the hub's Locality Management Group meeting handler is wired. */
export const lmgMeetingHandlerWiring = (settings: HandlerSettings): CommandHandlerOptions<LMGMeetingCommand, LMGMeetingEvent, LMGMeetingState, LMGMeetingRejection> => ({
  ...sharedHandlerOptions(settings),
  ...cacheOptions<LMGMeetingState>(settings),
  decider: createLMGMeetingDecider(settings.configuration),
  commandCodec: LMGMeetingCommand,
  eventCodec: LMGMeetingEvent,
  streamIdFor: (command) => lmgMeetingStreamId(command.meeting),
});

/**
 * The hub's command handlers with no access policy: whoever holds `store` records
 * anything. The hub itself records through `createGuardedCommandHandlers`; these are the
 * building block beneath, measured on their own by the benchmarks.
 */
export const createHubCommandHandlers = (settings: HandlerSettings): HubCommandHandlers => ({
  recordCase: createCommandHandler(caseHandlerWiring(settings)),
  recordMeeting: createCommandHandler(meetingHandlerWiring(settings)),
  recordLMGMeeting: createCommandHandler(lmgMeetingHandlerWiring(settings)),
});

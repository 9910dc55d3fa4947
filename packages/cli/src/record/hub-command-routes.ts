import type { Hub, HubCommandFailure, HubCommandHandler, HubRequest } from '@send-hub/application';
import { CaseCommand, describeCaseEvent, describeLMGMeetingEvent, describeMeetingEvent, LMGMeetingCommand, MeetingCommand, type HubConfiguration } from '@send-hub/core';
import { tagValuesOf, type HandlerResult } from '@send-hub/event-store';
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/Either';
import type * as t from 'io-ts';

/** What one command recorded: its stream, the position of its last event, and each event in words. */
export interface RecordedCommand {
  readonly stream: string;
  readonly position: bigint | undefined;
  readonly events: ReadonlyArray<{ readonly type: string; readonly description: string }>;
}

export type RecordFailure = HubCommandFailure<{ readonly code: string; readonly message: string }>;

/** Where the hub records one kind of command: its codec, its guarded handler, and how its events read. */
export interface HubCommandRoute {
  readonly codec: t.Decoder<unknown, unknown>;
  readonly record: (hub: Hub, input: unknown, request: HubRequest) => Promise<Either<RecordFailure, RecordedCommand>>;
}

const routeOf = <Event extends { readonly type: string }, Rejection extends { readonly code: string; readonly message: string }>(
  codec: t.Decoder<unknown, unknown>,
  handlerOf: (hub: Hub) => HubCommandHandler<Event, Rejection>,
  describe: (event: Event, configuration: HubConfiguration) => string,
): HubCommandRoute => ({
  codec,
  record: async (hub, input, request) => {
    const result = await handlerOf(hub)(input, request);
    return E.map((recorded: HandlerResult<Event>) => ({
      stream: recorded.streamId,
      position: recorded.position,
      events: recorded.events.map((event) => ({ type: event.type, description: describe(event, hub.configuration) })),
    }))(result);
  },
});

const routes: ReadonlyArray<HubCommandRoute> = [
  routeOf(CaseCommand, (hub) => hub.recordCase, describeCaseEvent),
  routeOf(MeetingCommand, (hub) => hub.recordMeeting, describeMeetingEvent),
  routeOf(LMGMeetingCommand, (hub) => hub.recordLMGMeeting, describeLMGMeetingEvent),
];

// Read from the unions' codecs, so a command added to one of them later is routed with no change here.
const routeByType: ReadonlyMap<string, HubCommandRoute> = new Map(routes.flatMap((route) => tagValuesOf(route.codec, 'type').map((type) => [String(type), route] as const)));

/** Every command the hub records, by its `type`: the case's, the hub meetings' and the group meetings'. */
export const hubCommandTypes: ReadonlyArray<string> = [...routeByType.keys()];

export const routeOfType = (type: unknown): HubCommandRoute | undefined => (typeof type === 'string' ? routeByType.get(type) : undefined);

import * as t from 'io-ts';

/** Who recorded an event: a person or system, in a role, for an agency. */
export const Actor = t.intersection([
  t.type({ id: t.string, role: t.string }),
  t.partial({ agency: t.string }),
]);
export type Actor = t.TypeOf<typeof Actor>;

/**
 * The envelope fields a writer supplies with each event. `recordedAt` is set by
 * the writer's clock (not the store's) so that histories are reproducible and the
 * hash chain can cover it. `hash` is filled by the tamper-evidence layer, `seal` by the sealing layer.
 */
export const EventMetadata = t.intersection([
  t.type({
    recordedAt: t.string,
    actor: Actor,
    correlationId: t.string,
    causationId: t.string,
  }),
  t.partial({
    hash: t.type({ previous: t.string, current: t.string }),
    /** Filled by the sealing layer: a keyed MAC over `hash.current`, so only the key's holder can write an event that verifies. */
    seal: t.type({ keyId: t.string, mac: t.string }),
  }),
]);
export type EventMetadata = t.TypeOf<typeof EventMetadata>;

/**
 * The metadata of an event read with `metadata: 'skip'`: the store did not read it.
 * Empty text in every field, frozen and shared, so a reader that does look finds
 * nothing rather than crashing on a missing field.
 */
export const metadataNotRead: EventMetadata = Object.freeze({
  recordedAt: '',
  actor: Object.freeze({ id: '', role: '' }),
  correlationId: '',
  causationId: '',
});

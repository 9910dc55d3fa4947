import type { MetadataChoice } from '@send-hub/event-store';
import type { HubEnvelope } from '@send-hub/hub';
import type { Either } from 'fp-ts/Either';

/** A saved model that cannot be read back (for example, written by an older version of the projection). */
export interface UnreadableProjectionState {
  readonly _tag: 'UnreadableProjectionState';
  readonly code: 'unreadable-projection-state';
  readonly projection: string;
  readonly message: string;
}

export const unreadableProjectionState = (projection: string, reason: string): UnreadableProjectionState => ({
  _tag: 'UnreadableProjectionState',
  code: 'unreadable-projection-state',
  projection,
  message: `The saved state of the "${projection}" read model cannot be read: ${reason}. It will be rebuilt from the first event.`,
});

/**
 * A read model as a pure reducer over hub events. The runner does every piece of I/O.
 *
 * Ownership (why `apply` may mutate): rebuilding a read model from a million events
 * cannot afford a copy of the whole model per event, so `apply` is allowed to change
 * the model it is given and return it. It stays observably pure because nobody else
 * ever holds that model: each run starts from a fresh `initial()` or a fresh
 * `deserialise(...)`, the runner is the only caller of `apply`, and queries return
 * new values built from the model, never references into it.
 */
export interface Projection<Model> {
  /** Names the read model in the checkpoint store; change it when the model's shape changes. */
  readonly name: string;
  /** A new empty model (a function, so no two runs ever share one). */
  readonly initial: () => Model;
  readonly apply: (model: Model, envelope: HubEnvelope) => Model;
  readonly serialise: (model: Model) => string;
  readonly deserialise: (state: string) => Either<UnreadableProjectionState, Model>;
  /**
   * False when `apply` never looks at an event's metadata (`envelope.recorded.metadata`):
   * the runner then asks the store to skip it (`metadata: 'skip'`), which saves reading
   * and parsing about half of every stored row. Default true.
   */
  readonly readsMetadata?: boolean;
}

/** What a projection asks of a whole-history read: its metadata only when it reads it. */
export const metadataChoiceOf = (projection: Pick<Projection<unknown>, 'readsMetadata'>): MetadataChoice =>
  projection.readsMetadata === false ? 'skip' : 'read';

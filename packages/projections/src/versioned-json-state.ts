import { formatValidationErrors } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import * as t from 'io-ts';
import { unreadableProjectionState, type UnreadableProjectionState } from './projection';

export interface StateFormat<State> {
  readonly serialise: (state: State) => string;
  readonly deserialise: (text: string) => E.Either<UnreadableProjectionState, State>;
}

/**
 * Saves a read model's state as JSON tagged with a format version, checked by its codec
 * when read back: a state saved by another version of the model is refused (and the
 * runner rebuilds) rather than misread.
 */
export const versionedJsonState = <State, Output>(projection: string, version: number, codec: t.Type<State, Output, unknown>): StateFormat<State> => ({
  serialise: (state) => JSON.stringify({ version, state: codec.encode(state) }),
  deserialise: (text) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return E.left(unreadableProjectionState(projection, `it is not JSON (${error instanceof Error ? error.message : String(error)})`));
    }
    const saved = parsed as { version?: unknown; state?: unknown } | null;
    if (typeof saved !== 'object' || saved === null || saved.version !== version) {
      return E.left(unreadableProjectionState(projection, `it was saved in format ${String(saved?.version)}, and this version reads format ${version}`));
    }
    const decoded = codec.decode(saved.state);
    return E.isLeft(decoded) ? E.left(unreadableProjectionState(projection, formatValidationErrors(decoded.left))) : E.right(decoded.right);
  },
});

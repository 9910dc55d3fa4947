import type { either as E } from 'fp-ts';
import { AppendDecorator } from '../port/append-decorator';
import type { ConcurrencyConflict } from '../port/errors';
import { InvalidEventError } from '../port/errors';
import type { AppendResult, EventStore } from '../port/event-store';
import type { ExpectedRevision } from '../port/expected-revision';
import { describeNewEvent } from '../port/new-event-checks';
import type { NewEvent } from '../port/recorded-event';
import { eventSealText, type Sealer } from './sealer';

/**
 * Seals every appended event: `metadata.seal` is a keyed MAC (see `Sealer`) over the
 * event's hash, so someone who can write the event file but does not hold the key
 * cannot add or change an event that verifies, however well they rebuild the chain.
 * Goes beneath the hash chain (`withHashChain(withSeals(raw, sealer))`), which gives
 * each event its hash first; the seals of one append are made in one call.
 */
export const withSeals = (store: EventStore, sealer: Sealer): EventStore => new SealedStore(store, sealer);

class SealedStore extends AppendDecorator {
  constructor(
    inner: EventStore,
    private readonly sealer: Sealer,
  ) {
    super(inner);
  }

  async append(streamId: string, events: ReadonlyArray<NewEvent>, expected: ExpectedRevision): Promise<E.Either<ConcurrencyConflict, AppendResult>> {
    if (events.length === 0) return this.inner.append(streamId, events, expected);
    const texts = events.map((event, index) => {
      const hash = event.metadata.hash;
      if (hash === undefined) throw new InvalidEventError(`${describeNewEvent(streamId, index, event.type)} has no hash to seal: put the hash chain above the sealing layer.`);
      return eventSealText(hash.current);
    });
    const macs = await this.sealer.seal(texts);
    const sealed = events.map((event, index): NewEvent => ({ ...event, metadata: { ...event.metadata, seal: { keyId: this.sealer.keyId, mac: macs[index] ?? '' } } }));
    return this.inner.append(streamId, sealed, expected);
  }
}

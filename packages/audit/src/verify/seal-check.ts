import { checkSeal, eventSealText, type RecordedEvent, type Sealer } from '@send-hub/event-store';
import { sealProblem, type SealProblem } from './seal-problems';

/** How a verifier checks seals: the keys it may check them with, and where sealing began. */
export interface SealingCheck {
  /** Every key the store's events may be sealed with (more than one after a key was replaced). */
  readonly sealers: ReadonlyArray<Sealer>;
  /**
   * The global position after which every event must be sealed: the head when sealing
   * began on a store written before it. Undefined: every event must be sealed.
   */
  readonly sealedAfter?: bigint;
}

/** What the report says about sealing. */
export interface SealingSummary {
  readonly sealedAfter: bigint | undefined;
  readonly eventsSealed: number;
  /** Events at or before `sealedAfter` without a seal: written before sealing began, said plainly, not counted as problems. */
  readonly eventsBeforeSealing: number;
}

/** Checks each event's seal as the events stream past. */
export class SealVerifier {
  private readonly sealers: ReadonlyMap<string, Sealer>;
  private sealed = 0;
  private before = 0;

  constructor(private readonly options: SealingCheck) {
    this.sealers = new Map(options.sealers.map((sealer) => [sealer.keyId, sealer]));
  }

  async check(event: RecordedEvent): Promise<ReadonlyArray<SealProblem>> {
    if (event.corruption !== undefined) return [];
    const { seal, hash } = event.metadata;
    const required = this.options.sealedAfter === undefined || event.position > this.options.sealedAfter;
    if (seal === undefined) {
      if (required) return [sealProblem('event-not-sealed', event)];
      this.before += 1;
      return [];
    }
    const verdict = hash === undefined ? 'wrong' : await checkSeal(this.sealers, eventSealText(hash.current), seal);
    if (verdict === 'sound') {
      this.sealed += 1;
      return [];
    }
    return [sealProblem(verdict === 'key-unknown' ? 'seal-key-unknown' : 'event-seal-wrong', event)];
  }

  summary(): SealingSummary {
    return { sealedAfter: this.options.sealedAfter, eventsSealed: this.sealed, eventsBeforeSealing: this.before };
  }
}

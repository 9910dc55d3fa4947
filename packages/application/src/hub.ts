import {
  exportStore,
  forgetChild,
  importEvents,
  reapplyErasures,
  replayCase,
  reviewRetention,
  sealPublishedHead,
  verifyStore,
  type ErasureReapplied,
  type ErasureReceipt,
  type ErasureRefusal,
  type ErasureRequest,
  type ImportOptions,
  type ImportReceipt,
  type ImportRefusal,
  type LegalHold,
  type LineSource,
  type PublishedHead,
  type ReplayOptions,
  type RetentionPolicy,
  type RetentionRefusal,
  type RetentionReview,
  type SealingCheck,
  type VerificationReport,
  type VerifyOptions,
} from '@send-hub/audit';
import { staffordshireConfiguration, type CalendarDate, type HubConfiguration } from '@send-hub/core';
import { createTimeOrderedIds, cryptoRandomBytes, type Actor, type CheckpointStore, type EventStore, type KeyStore, type RandomBytes } from '@send-hub/event-store';
import type { ProgressOptions, UnreadableProjectionState } from '@send-hub/projections';
import type { Upcast } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/Either';
import { createHubCommandHandlers, hubUpcasters, type HubCommandHandlers } from './hub-command-handlers';
import { HubReadModels } from './hub-read-models';
import { resolveSealing, type HubSealing, type SealingKeptByKeyStore } from './hub-sealing';
import { layerHubStore, type HubStoreLayers } from './hub-store-layers';

export interface HubOptions {
  /** The durable store as written (SQLite, EventStoreDB, or in memory for tests). */
  readonly store: EventStore;
  /** Where each child's personal-data key is kept: never in the event store itself. */
  readonly keyStore: KeyStore;
  /** Where the read models keep their state and checkpoint. */
  readonly checkpoints: CheckpointStore;
  /** Districts and ethnicity grouping; Staffordshire by default. */
  readonly configuration?: HubConfiguration;
  /** Sets `recordedAt`; the real time by default. A simulation passes its own. */
  readonly clock?: () => Date;
  /** Event and correlation ids; version 7 UUIDs by default. */
  readonly newEventId?: () => string;
  /** Random bytes for keys and nonces; the operating system's by default. */
  readonly randomBytes?: RandomBytes;
  /** Retries of a command after another writer got in first; 3 by default. */
  readonly maxRetries?: number;
  /** Told of the read models' progress while they catch up or rebuild. */
  readonly readModelProgress?: ProgressOptions;
  readonly onUnreadableReadModelState?: (problem: UnreadableProjectionState) => void;
  /**
   * How events are sealed and published heads signed, so that someone who can write the
   * event file but does not hold the key cannot add an event that verifies: a sealer of
   * the council's own (`HubSealing`), or the hub's own key kept by the key store
   * (`{ keptBy: keyStore }`, what the SQLite and EventStoreDB openers do by default).
   * Not sealed when absent.
   */
  readonly sealing?: HubSealing | SealingKeptByKeyStore;
  /** Releases what the opener opened (files, connections), after the read models are saved. */
  readonly release?: () => Promise<void>;
}

export type HubVerifyOptions = Omit<VerifyOptions, 'configuration' | 'upcast' | 'keyStore'> & { readonly checkKeys?: boolean };

/** One council's hub: everything an embedding application needs, wired the one right way. */
export interface Hub extends HubCommandHandlers {
  readonly configuration: HubConfiguration;
  readonly stores: HubStoreLayers;
  readonly keyStore: KeyStore;
  readonly readModels: HubReadModels;
  /** A case's timeline, with personal fields decrypted (or shown as erased). */
  replay(caseId: string, options?: Omit<ReplayOptions, 'configuration' | 'upcast'>): ReturnType<typeof replayCase>;
  /**
   * Checks the stored history as written: decoding, hash chain, rule replay, published heads,
   * and the hub's key store against the log's erasure records (unless `checkKeys` is false:
   * a hub that holds no keys, such as an auditor's, has none to check).
   */
  verify(options?: HubVerifyOptions): Promise<VerificationReport>;
  /** Destroys the child's key and records the erasure; names then show as erased everywhere, read models included. */
  forget(childReference: string, request: ErasureRequest, actor: Actor): Promise<Either<ErasureRefusal, ErasureReceipt>>;
  /**
   * After the key file was restored from a backup: destroys again every key of a child the
   * log says was erased, and says whose. Readers never use such keys meanwhile.
   */
  reapplyErasures(): Promise<ReadonlyArray<ErasureReapplied>>;
  /** The children whose personal data the policy says is due for erasure on `asOf` (a dry run). */
  reviewRetention(policy: RetentionPolicy, asOf: CalendarDate, legalHolds?: ReadonlyArray<LegalHold>): Promise<Either<RetentionRefusal, RetentionReview>>;
  /**
   * The head to publish: the running hash up to the last event, signed with the sealing key
   * when the hub seals. Verifies the whole store first and refuses to sign one with problems.
   */
  publishHead(): Promise<Either<VerificationReport, PublishedHead>>;
  /** Every stored event as one line of newline-delimited JSON, with envelopes and hashes. */
  exportLines(): AsyncIterable<string>;
  /** Verifies an export and writes it into this (empty or disjoint) store, refusing a tampered file at its first bad line. */
  importLines(source: LineSource, options?: ImportOptions): Promise<Either<ImportRefusal, ImportReceipt>>;
  /** Saves the read models, then releases the store. */
  dispose(): Promise<void>;
}

const sealingCheckOf = (sealing: HubSealing): SealingCheck => ({
  sealers: [sealing.sealer, ...(sealing.earlierSealers ?? [])],
  ...(sealing.sealedAfter === undefined ? {} : { sealedAfter: sealing.sealedAfter }),
});

/** Wires a hub over stores the caller has opened. Call `readModels.start()` before querying. */
export const createHub = (options: HubOptions): Hub => {
  const configuration = options.configuration ?? staffordshireConfiguration;
  const clock = options.clock ?? (() => new Date());
  const newEventId = options.newEventId ?? createTimeOrderedIds();
  // The sealing key always comes from the operating system, never from a seeded source given for reproducible runs:
  // drawing it from that source would also shift every key and nonce drawn after it.
  const sealing = resolveSealing(options.sealing, options.store, cryptoRandomBytes, clock);
  const stores = layerHubStore(options.store, options.keyStore, options.randomBytes, sealing?.sealer);
  const registry = hubUpcasters();
  const upcast: Upcast = (type, version, data) => E.mapLeft((failure: { readonly message: string }) => failure.message)(registry.upcast(type, version, data));
  const handlers = createHubCommandHandlers({ store: stores.readable, configuration, clock, newEventId, ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }) });
  const readModels = new HubReadModels({
    store: stores.readModels,
    names: stores.childNames,
    checkpoints: options.checkpoints,
    ...options.readModelProgress,
    ...(options.onUnreadableReadModelState === undefined ? {} : { onUnreadableState: options.onUnreadableReadModelState }),
  });
  const verify = async ({ checkKeys = true, ...verifyOptions }: HubVerifyOptions = {}): Promise<VerificationReport> => {
    const sealingCheck = sealing === undefined ? undefined : sealingCheckOf(await sealing.find());
    return verifyStore(stores.raw, {
      ...verifyOptions,
      ...(checkKeys ? { keyStore: options.keyStore } : {}),
      ...(sealingCheck === undefined ? {} : { sealing: sealingCheck }),
      configuration,
      upcast,
    });
  };
  let disposed = false;
  return {
    ...handlers,
    configuration,
    stores,
    keyStore: options.keyStore,
    readModels,
    replay: (caseId, replayOptions = {}) => replayCase(stores.readable, caseId, { ...replayOptions, configuration, upcast }),
    verify,
    publishHead: async () => {
      const report = await verify();
      if (!report.verified || report.headPosition === undefined) return E.left(report);
      const head = { position: report.headPosition, headHash: report.headHash };
      return E.right(sealing === undefined ? head : await sealPublishedHead(head, (await sealing.find()).sealer));
    },
    forget: (childReference, request, actor) => forgetChild({ store: stores.chained, keyStore: options.keyStore, now: clock, newEventId, actor }, childReference, request),
    reapplyErasures: () => reapplyErasures(stores.raw, options.keyStore),
    reviewRetention: (policy, asOf, legalHolds = []) => reviewRetention(stores.readable, { policy, asOf, legalHolds, upcast }),
    exportLines: () => exportStore(stores.raw),
    importLines: (source, importOptions = {}) => importEvents(source, stores.raw, importOptions),
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      try {
        await readModels.stop();
      } finally {
        if (options.release === undefined) await options.store.dispose();
        else await options.release();
      }
    },
  };
};

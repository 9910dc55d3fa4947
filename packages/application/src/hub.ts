import {
  exportStore,
  forgetChild,
  importEvents,
  reapplyErasures,
  replayCase,
  notAChildReference,
  reviewRetention,
  tellChildStory,
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
  type CaseTimeline,
  type ChildStory,
  type ReplayRefusal,
  type StoryRefusal,
} from '@send-hub/audit';
import {
  checkActor,
  defaultAccessPolicy,
  mayRecord,
  readAccessLog,
  recordedActor,
  verifyAccessLog,
  type AccessActor,
  type AccessLog,
  type AccessLogEntry,
  type AccessLogVerification,
  type AccessPolicy,
  type AccessRefused,
  type ReadKind,
} from '@send-hub/access';
import { ChildReference, staffordshireConfiguration, type CalendarDate, type CaseEvent, type CaseRejection, type HubConfiguration, type LMGMeetingEvent, type LMGMeetingRejection, type MeetingEvent, type MeetingRejection } from '@send-hub/core';
import { createTimeOrderedIds, cryptoRandomBytes, type CheckpointStore, type EventStore, type KeyStore, type RandomBytes } from '@send-hub/event-store';
import type { ChildNames } from '@send-hub/projection-district';
import type { SubjectAccessReport } from '@send-hub/subject-access';
import type { ProgressOptions, UnreadableProjectionState } from '@send-hub/projections';
import { hubUpcast, type Upcast } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/Either';
import { createAccessGate } from './access/access-gate';
import { caseFactsOf, casesOfChild } from './access/case-facts';
import { createGuardedCommandHandlers } from './access/guarded-command-handlers';
import type { HubCommandHandler, HubRequest } from './access/hub-request';
import { answerSubjectAccess } from './access/subject-access-request';
import { openChildNames } from './child-names';
import { HubReadModels } from './hub-read-models';
import { resolveSealing, type HubSealing, type SealingKeptByKeyStore } from './hub-sealing';
import { layerHubStore, type HubStoreLayers } from './hub-store-layers';
import { commandTypeOf } from './command-type';
import { backfillChildStreams, type ChildStreamBackfill, type ChildStreamBackfillFailure } from './child-stream-backfill';
import { createHubOpening, type HubOpened } from './hub-opening';

export interface HubOptions {
  /** The durable store as written (SQLite, EventStoreDB, or in memory for tests). */
  readonly store: EventStore;
  /** Where each child's personal-data key is kept: never in the event store itself. */
  readonly keyStore: KeyStore;
  /** Where the read models keep their state and checkpoint. */
  readonly checkpoints: CheckpointStore;
  /** Where every read of a child's personal data is logged: never the event store itself. */
  readonly accessLog: AccessLog;
  /** Who may record and read what; the library's `defaultAccessPolicy` by default. */
  readonly accessPolicy?: AccessPolicy;
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
  /** Where a store that numbers its events with no gaps starts (1n for SQLite and in memory), so `verify` reports gaps; set by the openers. */
  readonly contiguousPositionsFrom?: bigint;
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
  /** Opened without writing (set by the openers): the upgrade of an older history on opening is not run. */
  readonly readOnly?: boolean;
}

/** Who the events the hub writes of its own accord, when it opens, name as recording them. */
export const hubUpgradeActor = { id: 'send-hub', role: 'upgrade on opening', agency: 'other' } as const;

export type HubVerifyOptions = Omit<VerifyOptions, 'configuration' | 'upcast' | 'keyStore' | 'contiguousPositionsFrom'> & { readonly checkKeys?: boolean };

/**
 * One council's hub: everything an embedding application needs, wired the one right way.
 * Every command and every read carries a `HubRequest` (who is asking, and why), checked
 * against the access policy; a refusal is an `AccessRefused` value and nothing is read or
 * written. Every read of a child's personal data is logged first. `stores` are the
 * layers beneath, for the process that owns the files: they check no one.
 */
export interface Hub {
  readonly configuration: HubConfiguration;
  readonly accessPolicy: AccessPolicy;
  readonly stores: HubStoreLayers;
  readonly keyStore: KeyStore;
  readonly accessLog: AccessLog;
  /** The read models, which hold no personal data: check a read of them with `authorise` first. */
  readonly readModels: HubReadModels;
  /** Records a case command (`Refer`, `RecordConsent`, ... `Close`) given as unknown input: it is decoded first. */
  readonly recordCase: HubCommandHandler<CaseEvent, CaseRejection>;
  /** Records a meeting command (`RecordMeeting`, `CancelMeeting`). */
  readonly recordMeeting: HubCommandHandler<MeetingEvent, MeetingRejection>;
  /** Records a Locality Management Group meeting command (`RecordLMGMeeting`, `CancelLMGMeeting`, `RecordLMGThemes`). */
  readonly recordLMGMeeting: HubCommandHandler<LMGMeetingEvent, LMGMeetingRejection>;
  /** Whether the request's actor may make this read of `district` (undefined: of no one district), for reads the embedding makes of the read models. */
  authorise(request: HubRequest, read: ReadKind, district?: string): Either<AccessRefused, AccessActor>;
  /** A case's timeline, with personal fields decrypted (or shown as erased); logged. */
  replay(caseId: string, request: HubRequest, options?: Omit<ReplayOptions, 'configuration' | 'upcast'>): Promise<Either<AccessRefused | ReplayRefusal, CaseTimeline>>;
  /**
   * A child's story: every case of the child (re-referrals included) as one timeline, with
   * personal fields decrypted (or shown as erased), at the "as of" given; a read of each
   * case's record, checked and logged as `replay` is.
   */
  story(childReference: string, request: HubRequest, options?: Omit<ReplayOptions, 'configuration' | 'upcast'>): Promise<Either<AccessRefused | StoryRefusal, ChildStory>>;
  /** The names of the given cases for a list or agenda, opened now; cases of districts the actor does not act for are left out; logged. */
  childNames(caseIds: Iterable<string>, request: HubRequest): Promise<Either<AccessRefused, ChildNames>>;
  /** Everything the hub holds about one child, and who has read it, for the family; logged. */
  subjectAccess(childReference: string, request: HubRequest): Promise<Either<AccessRefused, SubjectAccessReport>>;
  /** Who has read a child's record, oldest first. */
  accessLogOf(childReference: string, request: HubRequest): Promise<Either<AccessRefused, { readonly entries: ReadonlyArray<AccessLogEntry>; readonly unreadable: number }>>;
  /**
   * Checks the stored history as written: decoding, hash chain, rule replay, published heads,
   * and the hub's key store against the log's erasure records (unless `checkKeys` is false:
   * a hub that holds no keys, such as an auditor's, has none to check).
   */
  verify(request: HubRequest, options?: HubVerifyOptions): Promise<Either<AccessRefused, VerificationReport>>;
  /** Checks the access log's chain: every entry in order, unchanged. */
  verifyAccessLog(request: HubRequest): Promise<Either<AccessRefused, AccessLogVerification>>;
  /** Destroys the child's key and records the erasure; names then show as erased everywhere, read models included. */
  forget(childReference: string, erasure: ErasureRequest, request: HubRequest): Promise<Either<AccessRefused | ErasureRefusal, ErasureReceipt>>;
  /**
   * After the key file was restored from a backup: destroys again every key of a child the
   * log says was erased, and says whose. Readers never use such keys meanwhile.
   */
  reapplyErasures(request: HubRequest): Promise<Either<AccessRefused, ReadonlyArray<ErasureReapplied>>>;
  /**
   * The head to publish: the running hash up to the last event, signed with the sealing key
   * when the hub seals. Verifies the whole store first and refuses to sign one with problems.
   */
  publishHead(request: HubRequest): Promise<Either<AccessRefused | VerificationReport, PublishedHead>>;
  /** The children whose personal data the policy says is due for erasure on `asOf` (a dry run). */
  reviewRetention(
    policy: RetentionPolicy,
    asOf: CalendarDate,
    request: HubRequest,
    legalHolds?: ReadonlyArray<LegalHold>,
  ): Promise<Either<AccessRefused | RetentionRefusal, RetentionReview>>;
  /** Every stored event as one line of newline-delimited JSON, with envelopes and hashes, personal fields as ciphertext. */
  exportLines(request: HubRequest): Either<AccessRefused, AsyncIterable<string>>;
  /** Verifies an export and writes it into this (empty or disjoint) store, refusing a tampered file at its first bad line; then brings its cases onto their children's streams. */
  importLines(source: LineSource, request: HubRequest, options?: Omit<ImportOptions, 'upcast'>): Promise<Either<AccessRefused | ImportRefusal | ChildStreamBackfillFailure, ImportReceipt>>;
  /**
   * What opening the hub did to bring an older history up to date (started when the hub is
   * created, awaited by every referral): the count of cases referred before their
   * child had a stream of their own that it started on it (docs/decisions/0040).
   */
  opened(): Promise<Either<ChildStreamBackfillFailure, HubOpened>>;
  /**
   * Starts on its child's stream every case referred before the child had one (an older
   * history, or one imported from elsewhere), so the rule of one open case at a time sees it.
   * Reads the whole history; idempotent. Opening a hub does it once by itself.
   */
  bringCasesOntoChildStreams(request: HubRequest): Promise<Either<AccessRefused | ChildStreamBackfillFailure, ChildStreamBackfill>>;
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
  const upcast: Upcast = hubUpcast;
  const policy = options.accessPolicy ?? defaultAccessPolicy;
  const handlers = createGuardedCommandHandlers({ store: stores.commands, prepareKey: stores.prepareKey, configuration, clock, newEventId, policy, ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }) });
  const readModels = new HubReadModels({
    store: stores.readModels,
    checkpoints: options.checkpoints,
    ...options.readModelProgress,
    ...(options.onUnreadableReadModelState === undefined ? {} : { onUnreadableState: options.onUnreadableReadModelState }),
  });
  const log = options.accessLog;
  const factsOf = (caseId: string) => caseFactsOf(stores.readModels, configuration, upcast, caseId);
  const gate = createAccessGate({ policy, log, clock, factsOf });
  /** The actor, when its role may record `operation` for every district given (or, with none, at all). */
  const mayOperate = (request: HubRequest, operation: string, districts: ReadonlyArray<string | undefined>): Either<AccessRefused, AccessActor> => {
    const actor = checkActor(policy, request.actor);
    if (E.isLeft(actor)) return actor;
    for (const district of districts.length === 0 ? [undefined] : districts) {
      const allowed = mayRecord(policy, actor.right, operation, district);
      if (E.isLeft(allowed)) return allowed;
    }
    return actor;
  };
  const districtsOfChild = async (childReference: string): Promise<ReadonlyArray<string>> => {
    const districts: string[] = [];
    for (const caseId of await casesOfChild(stores.readModels, upcast, childReference)) {
      const facts = await factsOf(caseId);
      if (facts !== undefined) districts.push(facts.district);
    }
    return districts;
  };
  const verifyAll = async ({ checkKeys = true, ...verifyOptions }: HubVerifyOptions = {}): Promise<VerificationReport> => {
    const sealingCheck = sealing === undefined ? undefined : sealingCheckOf(await sealing.find());
    return verifyStore(stores.raw, {
      ...verifyOptions,
      ...(checkKeys ? { keyStore: options.keyStore } : {}),
      ...(sealingCheck === undefined ? {} : { sealing: sealingCheck }),
      configuration,
      upcast,
      ...(options.contiguousPositionsFrom === undefined ? {} : { contiguousPositionsFrom: options.contiguousPositionsFrom }),
    });
  };
  const backfillAs = (actor: AccessActor | typeof hubUpgradeActor) =>
    backfillChildStreams({ store: stores.commands, clock, newEventId, upcast, actor: 'districts' in actor ? recordedActor(actor) : actor, ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }) });
  const opening = createHubOpening(() => backfillAs(hubUpgradeActor), options.checkpoints, options.readOnly !== true);
  // Started now, so the upgrade is under way (or done) by the first referral; a failure is the first referral's to report.
  void opening.ready();
  let disposed = false;
  return {
    ...handlers,
    recordCase: async (input, request) => {
      // Only a referral reads the children's streams the upgrade writes; every other case command goes straight on.
      if (commandTypeOf(input) !== 'Refer') return handlers.recordCase(input, request);
      const ready = await opening.ready();
      return E.isLeft(ready) ? ready : handlers.recordCase(input, request);
    },
    opened: () => opening.ready(),
    bringCasesOntoChildStreams: async (request) => {
      const actor = mayOperate(request, 'ImportEvents', []);
      return E.isLeft(actor) ? actor : backfillAs(actor.right);
    },
    configuration,
    accessPolicy: policy,
    stores,
    keyStore: options.keyStore,
    accessLog: log,
    readModels,
    authorise: (request, read, district) => gate.allow(request, read, district),
    replay: async (caseId, request, replayOptions = {}) => {
      const opened = await gate.openCases(request, 'case-record', [caseId], 'to read the case’s timeline', 'refuse');
      if (E.isLeft(opened)) return opened;
      return replayCase(stores.readable, caseId, { ...replayOptions, configuration, upcast });
    },
    story: async (childReference, request, storyOptions = {}) => {
      const allowed = gate.allow(request, 'case-record', undefined);
      if (E.isLeft(allowed)) return allowed;
      if (!ChildReference.is(childReference)) return E.left(notAChildReference(childReference));
      const caseIds = await casesOfChild(stores.readModels, upcast, childReference);
      const opened = await gate.openCases(request, 'case-record', caseIds, 'to read the child’s story', 'refuse');
      if (E.isLeft(opened)) return opened;
      return tellChildStory(stores.readable, childReference, opened.right.cases.map((facts) => facts.caseId), { ...storyOptions, configuration, upcast });
    },
    childNames: async (caseIds, request) => {
      const opened = await gate.openCases(request, 'child-names', caseIds, 'to show the names on a list of cases', 'leave-out');
      if (E.isLeft(opened)) return opened;
      return E.right(await openChildNames(stores.childNames, opened.right.cases.map((facts) => facts.caseId)));
    },
    subjectAccess: (childReference, request) => answerSubjectAccess({ gate, policy, log, configuration, upcast, clock, withheld: stores.readModels, readable: stores.readable }, childReference, request),
    accessLogOf: async (childReference, request) => {
      const allowed = gate.allow(request, 'access-log', undefined);
      return E.isLeft(allowed) ? allowed : E.right(await readAccessLog(log, childReference));
    },
    verify: async (request, verifyOptions = {}) => {
      const allowed = gate.allow(request, 'ciphertext', undefined);
      return E.isLeft(allowed) ? allowed : E.right(await verifyAll(verifyOptions));
    },
    verifyAccessLog: async (request) => {
      const allowed = gate.allow(request, 'access-log', undefined);
      return E.isLeft(allowed) ? allowed : E.right(await verifyAccessLog(log));
    },
    forget: async (childReference, erasure, request) => {
      const actor = mayOperate(request, 'ForgetChild', await districtsOfChild(childReference));
      if (E.isLeft(actor)) return actor;
      return forgetChild({ store: stores.chained, keyStore: options.keyStore, now: clock, newEventId, actor: recordedActor(actor.right) }, childReference, erasure);
    },
    reapplyErasures: async (request) => {
      const actor = mayOperate(request, 'ForgetChild', []);
      return E.isLeft(actor) ? actor : E.right(await reapplyErasures(stores.raw, options.keyStore));
    },
    publishHead: async (request) => {
      const allowed = gate.allow(request, 'ciphertext', undefined);
      if (E.isLeft(allowed)) return allowed;
      const report = await verifyAll();
      if (!report.verified || report.headPosition === undefined) return E.left(report);
      const head = { position: report.headPosition, headHash: report.headHash };
      return E.right(sealing === undefined ? head : await sealPublishedHead(head, (await sealing.find()).sealer));
    },
    reviewRetention: async (retention, asOf, request, legalHolds = []) => {
      const allowed = gate.allow(request, 'retention-review', undefined);
      return E.isLeft(allowed) ? allowed : reviewRetention(stores.readable, { policy: retention, asOf, legalHolds, upcast });
    },
    exportLines: (request) => {
      const allowed = gate.allow(request, 'ciphertext', undefined);
      return E.isLeft(allowed) ? allowed : E.right(exportStore(stores.raw));
    },
    importLines: async (source, request, importOptions = {}) => {
      const actor = mayOperate(request, 'ImportEvents', []);
      if (E.isLeft(actor)) return actor;
      const imported = await importEvents(source, stores.raw, { ...importOptions, upcast });
      if (E.isLeft(imported)) return imported;
      // An imported history may be older than the child's stream: its cases are brought under the child's boundary at once.
      const backfilled = await backfillAs(actor.right);
      return E.isLeft(backfilled) ? backfilled : imported;
    },
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      try {
        await opening.settled();
        await readModels.stop();
      } finally {
        if (options.release === undefined) await options.store.dispose();
        else await options.release();
      }
    },
  };
};

import { staffordshireConfiguration, type HubConfiguration } from '@send-hub/core';
import { ChainVerifier, redactEncryptedFields, type EventStore, type KeyStore, type RecordedEvent } from '@send-hub/event-store';
import { decodeHubEvent, type Upcast } from '@send-hub/hub';
import { either as E } from 'fp-ts';
import { hubPersonalFields } from '../hub-personal-data';
import { PositionGapCheck } from './position-gaps';
import { KeyAudit } from './key-audit';
import { ProblemCollector } from './problem-collector';
import { checkPublishedHeadSeals } from './published-head-seals';
import { PublishedHeadCheck, type PublishedHead } from './published-heads';
import { RuleReplay } from './rule-replay';
import { SealVerifier, type SealingCheck } from './seal-check';
import type { VerificationReport } from './verification-report';

export interface VerifyOptions {
  readonly configuration?: HubConfiguration;
  readonly upcast?: Upcast;
  /** Heads the council published earlier: each is checked against the store's running head at its position. */
  readonly publishedHeads?: ReadonlyArray<PublishedHead>;
  /**
   * The first global position of a store that numbers its events with no gaps (1n for
   * SQLite and the in-memory store): each gap is then reported, as deleted events. Leave
   * it out for a store whose positions have gaps by design (EventStoreDB).
   */
  readonly contiguousPositionsFrom?: bigint;
  /**
   * The key store, to check it against the log: a key kept for a child the log says
   * was erased, a tombstone missing, a key destroyed or missing with no erasure
   * record, a key that does not open its child's fields. Without it the keys are not
   * checked and the verifier needs no key at all.
   */
  readonly keyStore?: KeyStore;
  /**
   * The sealing keys, to check that every event stored after `sealedAfter` carries its
   * seal, and every published head its signature. Without them seals are not checked.
   */
  readonly sealing?: SealingCheck;
  /** Problems listed in full (all are counted); default 1,000. */
  readonly maxProblemsListed?: number;
}

const later = ' Later events of this stream are not checked against the rules.';

/**
 * Walks every event in global order, in one pass, and reports with stream and
 * revision: events no schema version decodes (a field no schema defines among them),
 * breaks in the hash chain (edited, deleted, swapped or inserted events), gaps in the
 * global positions where the store has none by design, and events today's rules
 * would have refused, and, given the key store, each child whose keys disagree with the log.
 * Give it the store as written (beneath the personal-data layer): it checks hashes over
 * ciphertext and needs no key but to check the key store itself. It reports; it never
 * stops at a bad event.
 */
export const verifyEvents = async (
  events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>,
  options: VerifyOptions = {},
): Promise<VerificationReport> => {
  const chain = new ChainVerifier();
  const rules = new RuleReplay(options.configuration ?? staffordshireConfiguration);
  const heads = new PublishedHeadCheck(options.publishedHeads ?? []);
  const problems = new ProblemCollector(options.maxProblemsListed ?? 1_000);
  const positions = new PositionGapCheck(options.contiguousPositionsFrom);
  const keys = options.keyStore === undefined ? undefined : new KeyAudit(hubPersonalFields);
  const seals = options.sealing === undefined ? undefined : new SealVerifier(options.sealing);
  if (options.sealing !== undefined) problems.add(await checkPublishedHeadSeals(options.publishedHeads ?? [], options.sealing.sealers));
  let last: bigint | undefined;
  for await (const event of events) {
    problems.add(heads.before(event.position, chain.headHash));
    problems.add(positions.check(event));
    problems.add(chain.check(event));
    last = event.position;
    keys?.observe(event);
    if (seals !== undefined) problems.add(await seals.check(event));
    const readable = event.corruption === undefined ? { ...event, data: redactEncryptedFields(event.data, hubPersonalFields[event.type] ?? []) } : event;
    const decoded = decodeHubEvent(readable, options.upcast);
    if (E.isLeft(decoded)) {
      rules.stopChecking(event.streamId);
      problems.add([{ ...decoded.left, message: decoded.left.message + later }]);
    } else problems.add(rules.check(decoded.right));
  }
  problems.add(heads.end(last, chain.headHash));
  if (keys !== undefined && options.keyStore !== undefined) problems.add(await keys.problems(options.keyStore));
  const summary = chain.summary([]);
  return {
    verified: problems.count === 0,
    eventsVerified: summary.eventsChecked,
    streamsVerified: chain.streamCount,
    headHash: summary.headHash,
    headPosition: summary.headPosition,
    problemCount: problems.count,
    problemsByCode: problems.byCode,
    ruleBreaches: problems.ruleBreaches,
    problems: problems.listed,
    problemsNotListed: problems.count - problems.listed.length,
    ...(seals === undefined ? {} : { sealing: seals.summary() }),
  };
};

/** Verifies a whole store: see `verifyEvents`. */
export const verifyStore = (store: EventStore, options: VerifyOptions = {}): Promise<VerificationReport> => verifyEvents(store.readAll(), options);

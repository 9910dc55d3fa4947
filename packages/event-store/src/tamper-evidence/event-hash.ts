import { hash } from 'node:crypto';
import type { NewEvent } from '../port/recorded-event';
import { canonicalJson } from './canonical-json';

/** The "previous hash" of a stream's first event, and the running head of an empty store. */
export const genesisHash = '0'.repeat(64);

/** What a hash covers: an event as stored (data after encryption) and the stream it belongs to. */
export type HashedEvent = Pick<NewEvent, 'eventId' | 'type' | 'schemaVersion' | 'data' | 'metadata'> & { readonly streamId: string };

const sha256 = (text: string): string => hash('sha256', text, 'hex');

/**
 * The canonical text of an event's content: type, schema version, data as stored,
 * event id, recording time, actor, correlation and causation ids, and the stream id.
 * The stream id is included (beyond the envelope fields) so that a stream's events cannot be
 * moved under another stream's name: its first event would otherwise chain from the
 * same all-zero genesis value anywhere. The hash itself (`metadata.hash`) is left out.
 */
export const canonicalContent = (event: HashedEvent): string =>
  // Built with its keys in sorted order, so the canonical writer has none to sort.
  canonicalJson({
    actor: event.metadata.actor,
    causationId: event.metadata.causationId,
    correlationId: event.metadata.correlationId,
    data: event.data,
    eventId: event.eventId,
    recordedAt: event.metadata.recordedAt,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    type: event.type,
  });

/**
 * SHA-256 (hex) over the previous event's hash in the same stream, a colon, and this
 * event's canonical content, in one call: the one-shot `hash` costs half what a `Hash` object does on an event's few hundred bytes.
 */
export const eventHash = (event: HashedEvent, previous: string): string => hash('sha256', `${previous}:${canonicalContent(event)}`, 'hex');

/**
 * One step of the running hash over the global order: a single value per position
 * that stands for every event up to it, so a council can publish it and anyone
 * holding a copy of the store can check that nothing before that point changed.
 */
export const nextHeadHash = (head: string, currentEventHash: string): string => sha256(`${head}:${currentEventHash}`);

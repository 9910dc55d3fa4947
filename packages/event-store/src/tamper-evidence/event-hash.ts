import { createHash } from 'node:crypto';
import type { NewEvent } from '../port/recorded-event';
import { canonicalJson } from './canonical-json';

/** The "previous hash" of a stream's first event, and the running head of an empty store. */
export const genesisHash = '0'.repeat(64);

/** What a hash covers: an event as stored (data after encryption) and the stream it belongs to. */
export type HashedEvent = Pick<NewEvent, 'eventId' | 'type' | 'schemaVersion' | 'data' | 'metadata'> & { readonly streamId: string };

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The canonical text of an event's content: type, schema version, data as stored,
 * event id, recording time, actor, correlation and causation ids, and the stream id.
 * The stream id is included (beyond the envelope fields) so that a stream's events cannot be
 * moved under another stream's name: its first event would otherwise chain from the
 * same all-zero genesis value anywhere. The hash itself (`metadata.hash`) is left out.
 */
export const canonicalContent = (event: HashedEvent): string =>
  canonicalJson({
    streamId: event.streamId,
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    recordedAt: event.metadata.recordedAt,
    actor: event.metadata.actor,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
  });

/**
 * SHA-256 (hex) over the previous event's hash in the same stream, a colon, and this
 * event's canonical content, fed to the hash in turn rather than joined into one more copy of the text.
 */
export const eventHash = (event: HashedEvent, previous: string): string =>
  createHash('sha256').update(previous, 'utf8').update(':', 'utf8').update(canonicalContent(event), 'utf8').digest('hex');

/**
 * One step of the running hash over the global order: a single value per position
 * that stands for every event up to it, so a council can publish it and anyone
 * holding a copy of the store can check that nothing before that point changed.
 */
export const nextHeadHash = (head: string, currentEventHash: string): string => sha256(`${head}:${currentEventHash}`);

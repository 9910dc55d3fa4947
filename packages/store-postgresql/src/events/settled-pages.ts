import type { Pool } from 'pg';
import type { MetadataChoice, RecordedEvent } from '@send-hub/event-store';
import { readFirstPage, readSettledPage, waitUntilSettled } from './read-queries';

/** What a whole read asks for. */
export interface WholeRead {
  readonly after: bigint;
  readonly maxCount: number;
  readonly streamPrefix: string | undefined;
  readonly metadata: MetadataChoice;
  readonly pageSize: number;
}

type Run = <A>(action: () => Promise<A>) => Promise<A>;

/** How the read's database actions run: refused once the store is disposed, their failures translated. */
export interface ReadRuns {
  /** A query, which the store's `dispose` lets finish before it closes the pool. */
  readonly run: Run;
  /** The wait for older writers, which may last as long as their transactions: `dispose` ends it by closing the pool. */
  readonly wait: Run;
}

/**
 * Every event stored when the read starts, in pages in global order, once every
 * transaction that took a position up to there has finished. Usually the bound, its
 * settling and the first page come in one round trip (`readFirstPage`); only while an older
 * writer is still running does the read wait for it and read the first page again. Each
 * next page is asked for as soon as the one before arrives, so the server reads it while
 * the caller works on that one; a read left early ignores the page it no longer wants.
 */
export async function* settledPages(pool: Pool, schema: string, read: WholeRead, { run, wait }: ReadRuns): AsyncGenerator<ReadonlyArray<RecordedEvent>, void, undefined> {
  const { streamPrefix, metadata, pageSize } = read;
  if (read.maxCount <= 0) return;
  let limit = Math.min(pageSize, read.maxCount);
  const first = await run(() => readFirstPage(pool, schema, { after: read.after, limit, streamPrefix, metadata }));
  if (first === undefined) return;
  const until = first.bound.position;
  let page = first.events;
  if (!first.settled) {
    await wait(() => waitUntilSettled(pool, first.bound));
    page = await run(() => readSettledPage(pool, schema, { after: read.after, until, limit, streamPrefix, metadata }));
  }
  let left = read.maxCount;
  for (;;) {
    const last = page[page.length - 1];
    if (last === undefined) return;
    left -= page.length;
    const more = page.length === limit && left > 0;
    limit = Math.min(pageSize, left);
    const next = more ? run(() => readSettledPage(pool, schema, { after: last.position, until, limit, streamPrefix, metadata })) : undefined;
    next?.catch(() => undefined);
    yield page;
    if (next === undefined) return;
    page = await next;
  }
}

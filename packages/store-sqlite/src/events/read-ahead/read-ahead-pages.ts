import { Worker } from 'node:worker_threads';
import { StoreUnavailableError, type MetadataChoice, type RecordedEvent } from '@send-hub/event-store';
import { asStoreFailure, type FailureContext } from '../../database/store-failure';
import { readAheadSource } from './read-ahead-source';
import { eventsOfTransferredPage, type TransferredPage } from './transferred-page';

/** What the read-ahead thread reads: the store's own page query over a fixed range. */
export interface ReadAheadRange {
  readonly file: string;
  readonly busyTimeoutMs: number;
  /** The page query: after, until, [prefix,] limit, as `readEventPage` runs it. */
  readonly sql: string;
  readonly after: bigint;
  readonly until: bigint;
  readonly streamPrefix: string | undefined;
  readonly maxCount: number;
  readonly pageSize: number;
  readonly metadata: MetadataChoice;
}

/** Pages the thread may read before the reader takes them: enough to keep it busy, few enough to hold little memory. */
const pagesAhead = 4;

type Message =
  | { readonly kind: 'page'; readonly page: TransferredPage }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly message: string; readonly code: string | undefined };

/** Stops a read-ahead thread: the store stops those still running when it is disposed. */
export type StopReading = () => Promise<void>;

const failureOf = (range: ReadAheadRange, message: string, code: string | undefined): unknown => {
  const error = Object.assign(new Error(`The event store file "${range.file}" could not be read to the end: ${message}`), code === undefined ? {} : { code });
  return asStoreFailure(error, range satisfies FailureContext);
};

/**
 * The events of `range`, a page at a time, read by a worker thread a few pages ahead of
 * the caller, so that a long read (a rebuild) steps through SQLite on the machine's other
 * core while this one folds. The pages are the ones `readEventPage` would give, in order.
 * The thread is stopped when the caller stops early or the read fails; it is in `running`
 * while it runs, so the store can stop it on dispose. It never keeps the process alive on
 * its own: only while the caller waits for a page.
 */
export async function* readAheadPages(range: ReadAheadRange, running: Set<StopReading>): AsyncGenerator<ReadonlyArray<RecordedEvent>, void, undefined> {
  const worker = new Worker(readAheadSource, {
    eval: true,
    workerData: { ...range, pagesAhead, library: require.resolve('better-sqlite3') },
  });
  worker.unref();
  const arrived: Message[] = [];
  let waiting: (() => void) | undefined;
  let ended: unknown;
  const wake = () => {
    const resume = waiting;
    waiting = undefined;
    resume?.();
  };
  worker.on('message', (message: Message) => {
    arrived.push(message);
    wake();
  });
  worker.on('error', (error) => {
    ended ??= failureOf(range, error.message, undefined);
    wake();
  });
  worker.on('exit', (code) => {
    ended ??= failureOf(range, `the background reader stopped unexpectedly (exit code ${code}); try again`, undefined);
    wake();
  });
  const stop = async () => {
    ended ??= new StoreUnavailableError(`The event store on "${range.file}" was disposed during a read; open it again to use it.`);
    await worker.terminate();
  };
  running.add(stop);
  try {
    for (;;) {
      const message = arrived.shift();
      if (message === undefined) {
        if (ended !== undefined) throw ended;
        // The thread keeps the process alive only while someone waits for it.
        worker.ref();
        await new Promise<void>((resolve) => (waiting = resolve));
        worker.unref();
        continue;
      }
      if (message.kind === 'done') return;
      if (message.kind === 'failed') throw failureOf(range, message.message, message.code);
      worker.postMessage(1);
      yield eventsOfTransferredPage(message.page);
    }
  } finally {
    running.delete(stop);
    // Ended on purpose: the thread's exit, which follows, is then no failure to report.
    ended ??= 'finished';
    await worker.terminate();
  }
}

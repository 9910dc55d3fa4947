import { forgetOldestBeyond } from '@send-hub/event-store';
import { Client } from 'pg';

/** How many of this process's own appends are remembered while their notifications are on their way. */
const maxWokenLocally = 1_000;

/**
 * One connection per store that `LISTEN`s on the store's channel and wakes waiting
 * subscriptions when an append commits, from this process or any other. When the
 * connection drops (a server restart) it reconnects with a growing pause, and wakes
 * everyone once it is back, as notifications sent while it was away are lost; the
 * subscriptions' polling covers the time in between.
 */
export class NotificationListener {
  private readonly listeners = new Set<() => void>();
  /** Positions for which this process's own appends have already woken everyone: the server's notification of each is then skipped. */
  private readonly wokenLocally = new Set<string>();
  private readonly forgetBeyondLimit = forgetOldestBeyond(this.wokenLocally, maxWokenLocally);
  private client: Client | undefined;
  private stopped = false;
  private retryMs = 100;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
  ) {}

  /** Returns the function that stops listening. Connects on first use. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.client === undefined && this.retryTimer === undefined) void this.connect();
    return () => this.listeners.delete(listener);
  }

  /** Wakes everyone; `appendedUpTo`, from a transaction of this process, is the last position it wrote (all its appends'). */
  notify(appendedUpTo?: bigint): void {
    if (appendedUpTo !== undefined) {
      this.wokenLocally.add(appendedUpTo.toString());
      // Kept small: an entry whose notification never comes (it came first, or the connection was down) is dropped in time.
      this.forgetBeyondLimit();
    }
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * A notification from the server carries the last position of the appends it commits. One
   * this process appended has woken everyone already, so it is skipped; one from another
   * process, or of a transaction that committed an earlier position later, wakes everyone.
   */
  private notified(payload: string | undefined): void {
    if (payload !== undefined && this.wokenLocally.delete(payload)) return;
    this.notify();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.connectionString, application_name: 'send-hub subscriptions' });
    const lost = (): void => {
      if (this.client !== client) return;
      this.client = undefined;
      void client.end().catch(() => undefined);
      this.reconnectLater();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => this.notified(message.payload));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
      this.retryMs = 100;
      this.notify();
    } catch {
      lost();
    }
    // Stopped while connecting: this connection was not yet the one `stop` closed.
    if (this.stopped) await client.end().catch(() => undefined);
  }

  private reconnectLater(): void {
    if (this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, this.retryMs).unref();
    this.retryMs = Math.min(this.retryMs * 2, 5_000);
  }
}

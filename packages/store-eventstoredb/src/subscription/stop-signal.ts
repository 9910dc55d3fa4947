/** A one-way switch that a subscription's parts watch, so that one `unsubscribe()` reaches them all. */
export class StopSignal {
  private readonly listeners = new Set<() => void>();
  private stoppedAlready = false;

  get stopped(): boolean {
    return this.stoppedAlready;
  }

  /** Runs `listener` on stop (at once if already stopped); returns a function that removes it. */
  onStop(listener: () => void): () => void {
    if (this.stoppedAlready) {
      listener();
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  stop(): void {
    if (this.stoppedAlready) return;
    this.stoppedAlready = true;
    for (const listener of [...this.listeners]) listener();
    this.listeners.clear();
  }
}

/** Waits `milliseconds`, or less if `signal` stops first. */
export const sleepUnlessStopped = (milliseconds: number, signal: StopSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.stopped) {
      resolve();
      return;
    }
    const finish = (): void => {
      clearTimeout(timer);
      removeListener();
      resolve();
    };
    const timer = setTimeout(finish, milliseconds);
    const removeListener = signal.onStop(finish);
  });

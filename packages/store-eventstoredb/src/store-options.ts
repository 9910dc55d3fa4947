import { streamNamespace, type StreamNamespace } from './mapping/stream-namespace';
import { defaultResubscribePolicy, type ResubscribePolicy } from './subscription/resubscribe-policy';

export interface EventStoreDbOptions {
  /** How many records one read of `$all` asks for; at least 2. Default 500. */
  readonly pageSize?: number;
  /** How a dropped subscription is restored. Default: 10 attempts, waiting 200 ms doubling up to 5 s. */
  readonly resubscribe?: Partial<ResubscribePolicy>;
  /**
   * Prefix of the EventStoreDB names of this store's streams, which it alone then
   * sees (for example `"staffordshire/"`); default none. Lets several stores share a server.
   */
  readonly namespace?: string;
}

export interface StoreSettings {
  readonly pageSize: number;
  readonly policy: ResubscribePolicy;
  readonly namespace: StreamNamespace;
}

const wholeNumber = (name: string, value: number, least: number): number => {
  if (Number.isSafeInteger(value) && value >= least) return value;
  throw new TypeError(`The EventStoreDB store option "${name}" must be a whole number of at least ${least}, but was ${String(value)}.`);
};

const checkNamespace = (namespace: unknown): string => {
  if (typeof namespace === 'string' && !namespace.startsWith('$')) return namespace;
  throw new TypeError(
    `The EventStoreDB store option "namespace" must be text not starting with "$" (kept for system streams), but was ${JSON.stringify(namespace)}.`,
  );
};

export const settingsFrom = (options: EventStoreDbOptions = {}): StoreSettings => {
  const policy = { ...defaultResubscribePolicy, ...options.resubscribe };
  return {
    namespace: streamNamespace(checkNamespace(options.namespace ?? '')),
    pageSize: wholeNumber('pageSize', options.pageSize ?? 500, 2),
    policy: {
      maxAttempts: wholeNumber('resubscribe.maxAttempts', policy.maxAttempts, 0),
      firstDelayMilliseconds: wholeNumber('resubscribe.firstDelayMilliseconds', policy.firstDelayMilliseconds, 0),
      maxDelayMilliseconds: wholeNumber('resubscribe.maxDelayMilliseconds', policy.maxDelayMilliseconds, 0),
    },
  };
};

import type { Hub } from '@send-hub/application';

/** What every route group is built with. */
export interface ServiceContext {
  readonly hub: Hub;
  readonly maxBodyBytes: number;
  /** How long a command waits for the read models to include it before answering 202 instead of 201. */
  readonly readModelWaitMilliseconds: number;
}

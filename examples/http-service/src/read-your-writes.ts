import type { Hub } from '@send-hub/application';

/**
 * Waits until the read models include the event at `position`, so that a client who
 * recorded a command and then asks for an agenda sees its own change. Bounded: a
 * stalled runner must not hold requests open for ever; false when the wait ran out.
 */
export const readModelsReach = async (hub: Hub, position: bigint, timeoutMilliseconds: number): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const ranOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMilliseconds);
  });
  try {
    return await Promise.race([hub.readModels.waitFor(position).then(() => true as const), ranOut]);
  } finally {
    clearTimeout(timer);
  }
};

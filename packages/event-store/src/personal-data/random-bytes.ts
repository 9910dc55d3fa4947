import { createHash, randomBytes } from 'node:crypto';

/** The source of keys and initialisation vectors; injected so tests and simulations are reproducible. */
export type RandomBytes = (size: number) => Uint8Array;

export const cryptoRandomBytes: RandomBytes = (size) => randomBytes(size);

/**
 * Deterministic bytes from a seed (SHA-256 in counter mode). For tests and simulations
 * only: anyone who knows the seed knows every key.
 */
export const seededRandomBytes = (seed: string): RandomBytes => {
  let counter = 0;
  let pool = Buffer.alloc(0);
  return (size) => {
    while (pool.length < size) {
      counter += 1;
      pool = Buffer.concat([pool, createHash('sha256').update(`${seed}:${counter}`).digest()]);
    }
    const taken = Uint8Array.from(pool.subarray(0, size));
    pool = pool.subarray(size);
    return taken;
  };
};

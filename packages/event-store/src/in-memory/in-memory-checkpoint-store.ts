import type { CheckpointStore, ProjectionSnapshot } from '../port/checkpoint-store';

const checkProjection = (projection: unknown): string => {
  if (typeof projection === 'string' && projection.length > 0) return projection;
  throw new TypeError(`A projection name must be non-empty text, but was ${JSON.stringify(projection) ?? String(projection)}.`);
};

/** Projection state and checkpoints in memory; one map entry holds both, so they are saved together. */
export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly snapshots = new Map<string, ProjectionSnapshot>();

  async load(projection: string): Promise<ProjectionSnapshot | undefined> {
    return this.snapshots.get(checkProjection(projection));
  }

  async save(projection: string, snapshot: ProjectionSnapshot): Promise<void> {
    const name = checkProjection(projection);
    const { position, state } = snapshot;
    if (typeof position !== 'bigint' || position < 0n) {
      throw new TypeError(`The checkpoint of projection "${name}" must be a bigint position of at least 0n.`);
    }
    if (typeof state !== 'string') throw new TypeError(`The state of projection "${name}" must be serialised to text before saving.`);
    // A copy, so the caller's object cannot change what was saved.
    this.snapshots.set(name, Object.freeze({ position, state }));
  }

  async reset(projection: string): Promise<void> {
    this.snapshots.delete(checkProjection(projection));
  }
}

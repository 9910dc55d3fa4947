/**
 * Where a projection keeps its state and the global position it has applied up to.
 * `save` stores both together, atomically, so a read model is never ahead of or
 * behind its checkpoint: the runner's at-least-once delivery becomes exactly-once in effect.
 */
export interface ProjectionSnapshot {
  readonly position: bigint;
  /** The model, serialised by the projection (a string, so any codec can be used). */
  readonly state: string;
}

export interface CheckpointStore {
  load(projection: string): Promise<ProjectionSnapshot | undefined>;
  save(projection: string, snapshot: ProjectionSnapshot): Promise<void>;
  /** Forgets the projection's state and checkpoint, for a rebuild from zero. */
  reset(projection: string): Promise<void>;
}

import type Database from 'better-sqlite3';
import type { CheckpointStore, ProjectionSnapshot } from '@send-hub/event-store';
import { requirePosition } from '../events/call-arguments';

const requireProjection = (projection: unknown): string => {
  if (typeof projection !== 'string' || projection.length === 0) {
    throw new TypeError(`A projection name must be non-empty text, but was ${String(projection)}.`);
  }
  return projection;
};

/**
 * Projection state and checkpoints in the `projection_checkpoints` table of the
 * event store's own file. One row holds both, so `save` writes them in one
 * statement, which SQLite commits atomically: a read model is never ahead of or
 * behind its checkpoint, even after a crash.
 */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly select: Database.Statement<[string], [bigint, string]>;
  private readonly upsert: Database.Statement<[string, bigint, string]>;
  private readonly remove: Database.Statement<[string]>;

  /**
   * `run` performs one database action for the owning store, which translates
   * infrastructure failures and refuses work after dispose.
   */
  constructor(
    database: Database.Database,
    private readonly run: <A>(action: () => A) => A,
  ) {
    this.select = database
      .prepare<[string], [bigint, string]>('SELECT position, state FROM projection_checkpoints WHERE projection = ?')
      .raw();
    this.upsert = database.prepare(
      'INSERT INTO projection_checkpoints (projection, position, state) VALUES (?, ?, ?) ' +
        'ON CONFLICT (projection) DO UPDATE SET position = excluded.position, state = excluded.state',
    );
    this.remove = database.prepare('DELETE FROM projection_checkpoints WHERE projection = ?');
  }

  async load(projection: string): Promise<ProjectionSnapshot | undefined> {
    const row = this.run(() => this.select.get(requireProjection(projection)));
    return row === undefined ? undefined : { position: row[0], state: row[1] };
  }

  async save(projection: string, snapshot: ProjectionSnapshot): Promise<void> {
    const name = requireProjection(projection);
    const position = requirePosition('position', snapshot.position);
    if (typeof snapshot.state !== 'string') {
      throw new TypeError(`The state of projection "${name}" must be serialised to text before saving.`);
    }
    this.run(() => this.upsert.run(name, position, snapshot.state));
  }

  async reset(projection: string): Promise<void> {
    const name = requireProjection(projection);
    this.run(() => this.remove.run(name));
  }
}

import type { Pool } from 'pg';
import { checkStart, type CheckpointStore, type ProjectionSnapshot } from '@send-hub/event-store';
import { quoted } from '../connection/schema-name';

const requireProjection = (projection: unknown): string => {
  if (typeof projection === 'string' && projection.length > 0) return projection;
  throw new TypeError(`A projection name must be non-empty text, but was ${String(projection)}.`);
};

/**
 * Projection state and checkpoint in one row of `table`, so `save` writes both in one
 * statement, which PostgreSQL commits atomically: a read model is never ahead of or
 * behind its checkpoint.
 */
export class PostgresCheckpointStore implements CheckpointStore {
  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    private readonly table: string,
    /** Refuses work after dispose and translates failures, for the owning store. */
    private readonly run: <A>(action: () => Promise<A>) => Promise<A>,
  ) {}

  async load(projection: string): Promise<ProjectionSnapshot | undefined> {
    const name = requireProjection(projection);
    const result = await this.run(() =>
      this.pool.query<[string, string]>({ text: `SELECT position, state FROM ${this.relation()} WHERE projection = $1`, values: [name], rowMode: 'array' }),
    );
    const row = result.rows[0];
    return row === undefined ? undefined : { position: BigInt(row[0]), state: row[1] };
  }

  async save(projection: string, snapshot: ProjectionSnapshot): Promise<void> {
    const name = requireProjection(projection);
    const position = checkStart('position', snapshot.position);
    if (typeof snapshot.state !== 'string') throw new TypeError(`The state of projection "${name}" must be serialised to text before saving.`);
    await this.run(() =>
      this.pool.query(
        `INSERT INTO ${this.relation()} (projection, position, state) VALUES ($1, $2, $3) ` +
          'ON CONFLICT (projection) DO UPDATE SET position = excluded.position, state = excluded.state',
        [name, position.toString(), snapshot.state],
      ),
    );
  }

  async reset(projection: string): Promise<void> {
    const name = requireProjection(projection);
    await this.run(() => this.pool.query(`DELETE FROM ${this.relation()} WHERE projection = $1`, [name]));
  }

  private relation(): string {
    return `${quoted(this.schema)}.${this.table}`;
  }
}

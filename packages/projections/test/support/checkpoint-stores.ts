import { InMemoryCheckpointStore, type ProjectionSnapshot } from '@send-hub/event-store';

/** The in-memory checkpoint store, able to lose saves as a process that dies before making them would. */
export class CrashableCheckpointStore extends InMemoryCheckpointStore {
  /** While set, saves are lost. */
  losingSaves = false;

  override async save(projection: string, snapshot: ProjectionSnapshot): Promise<void> {
    if (!this.losingSaves) await super.save(projection, snapshot);
  }
}

/**
 * The hub's clock during a simulation: it reads the recording time of the command being
 * recorded, which the simulation sets just before handing the command to the hub. So
 * `recordedAt` follows from each command's business date, not from the machine's time.
 */
export class SimulatedClock {
  constructor(private milliseconds: number) {}

  set(milliseconds: number): void {
    this.milliseconds = milliseconds;
  }

  now(): Date {
    return new Date(this.milliseconds);
  }
}

import type { CaseCommand, LMGMeetingCommand, MeetingCommand } from '@send-hub/core';
import type { AccessActor } from '@send-hub/access';

/** A command the simulation has decided on, waiting for its recording time. */
export type ScheduledCommand =
  | { readonly stream: 'case'; readonly command: CaseCommand; readonly actor: AccessActor; readonly recordedAt: number; readonly sequence: number }
  | { readonly stream: 'meeting'; readonly command: MeetingCommand; readonly actor: AccessActor; readonly recordedAt: number; readonly sequence: number }
  | { readonly stream: 'lmg-meeting'; readonly command: LMGMeetingCommand; readonly actor: AccessActor; readonly recordedAt: number; readonly sequence: number };

const before = (left: ScheduledCommand, right: ScheduledCommand): boolean =>
  left.recordedAt < right.recordedAt || (left.recordedAt === right.recordedAt && left.sequence < right.sequence);

/**
 * Commands in the order they are recorded: earliest recording time first, and among
 * equal times the one scheduled first. A binary heap, because a national-size run holds
 * tens of thousands of commands planned ahead (consents, closures weeks away).
 */
export class CommandQueue {
  private readonly heap: ScheduledCommand[] = [];

  get size(): number {
    return this.heap.length;
  }

  peek(): ScheduledCommand | undefined {
    return this.heap[0];
  }

  push(item: ScheduledCommand): void {
    const heap = this.heap;
    heap.push(item);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(item, heap[parent] as ScheduledCommand)) break;
      heap[index] = heap[parent] as ScheduledCommand;
      index = parent;
    }
    heap[index] = item;
  }

  pop(): ScheduledCommand | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && before(heap[right] as ScheduledCommand, heap[left] as ScheduledCommand) ? right : left;
      if (!before(heap[child] as ScheduledCommand, last)) break;
      heap[index] = heap[child] as ScheduledCommand;
      index = child;
    }
    heap[index] = last;
    return top;
  }
}

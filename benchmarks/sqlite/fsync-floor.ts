import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';

/** About one write-ahead log frame: a 4 KiB page and its header. */
const frameBytes = 4_096 + 24;
/** SQLite checkpoints its log at about 1,000 pages and then writes it again from the start. */
const framesBeforeRestart = 1_000;

/**
 * The least the disk needs for one durable commit: write one log frame and wait for
 * it to reach the disk (fdatasync, the cheapest sync). Frames are written over a
 * region of the file the size of a full log, as SQLite's log is reused after each
 * checkpoint, so the file's size stops changing and no sync waits on it. One command
 * per durable transaction cannot go faster than this loop.
 */
export const fsyncFloor = (file: string, count: number): void => {
  const descriptor = openSync(file, 'w');
  const frame = Buffer.alloc(frameBytes, 0x5a);
  try {
    for (let index = 0; index < framesBeforeRestart; index += 1) writeSync(descriptor, frame, 0, frameBytes, index * frameBytes);
    fdatasyncSync(descriptor);
    for (let index = 0; index < count; index += 1) {
      writeSync(descriptor, frame, 0, frameBytes, (index % framesBeforeRestart) * frameBytes);
      fdatasyncSync(descriptor);
    }
  } finally {
    closeSync(descriptor);
  }
};

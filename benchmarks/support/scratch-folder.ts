import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A fresh folder for a group's SQLite files inside the chosen folder, removed however the work ends. */
export const withScratchFolder = async <Result>(parent: string, work: (folder: string) => Promise<Result>): Promise<Result> => {
  const folder = mkdtempSync(join(parent, 'send-hub-bench-'));
  try {
    return await work(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder per test, removed afterwards; `file(name)` gives paths inside it. */
export const useTemporaryFolder = (): { folder: () => string; file: (name?: string) => string } => {
  let folder: string | undefined;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'send-hub-store-sqlite-'));
  });
  afterEach(() => {
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });
  const current = (): string => {
    if (folder === undefined) throw new Error('The temporary folder exists only while a test runs.');
    return folder;
  };
  return { folder: current, file: (name = 'events.sqlite') => join(current(), name) };
};

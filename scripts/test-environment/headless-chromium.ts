import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs headless Chromium once with a fresh profile (so runs never share a lock) and
 * returns what it printed and how long it took.
 */
export const runChromium = (binary: string, flags: ReadonlyArray<string>, url: string): Promise<{ readonly stdout: string; readonly milliseconds: number }> => {
  const profile = mkdtempSync(join(tmpdir(), 'send-hub-chromium-'));
  const started = Date.now();
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--hide-scrollbars', `--user-data-dir=${profile}`, ...flags, url];
  return new Promise((resolve, reject) => {
    execFile(binary, args, { timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true });
      if (error !== null) reject(new Error(`Chromium failed (${error.message}):\n${stderr.slice(-2000)}`));
      else resolve({ stdout, milliseconds: Date.now() - started });
    });
  });
};

/** Width and height from a PNG's header chunk, after checking the signature. */
export const pngSize = (png: Buffer): { readonly width: number; readonly height: number } => {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (png.length < 24 || !png.subarray(0, 8).equals(signature) || png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('Not a PNG file.');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

import { spawn } from 'node:child_process';

/**
 * Runs node with `args` in a process of its own, its progress (stderr) going to this
 * process's, and gives back the JSON it printed on stdout. `what` names the run in
 * the messages when it fails or prints something else.
 */
export const jsonOfChildProcess = (args: ReadonlyArray<string>, what: string): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${what} stopped with exit code ${String(code)}; its own message is above.`));
      try {
        resolve(JSON.parse(Buffer.concat(output).toString('utf8')));
      } catch (error) {
        reject(new Error(`${what} printed something other than JSON: ${(error as Error).message}`));
      }
    });
  });

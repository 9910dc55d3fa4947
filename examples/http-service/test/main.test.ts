import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from './http-client';
import { bearer, testAuthentication, testSecretText } from './test-tokens';

const exampleFolder = join(__dirname, '..');

describe('the service as a council runs it (pnpm start)', () => {
  let folder: string;
  beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-http-main-'))));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('opens a SQLite hub, listens on 127.0.0.1, answers, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--require', '../../scripts/register-typescript.js', 'src/main.ts'], {
      cwd: exampleFolder,
      env: {
        ...process.env,
        SEND_HUB_FILE: join(folder, 'hub.sqlite'),
        PORT: '0',
        SEND_HUB_TOKEN_ISSUER: testAuthentication.issuer,
        SEND_HUB_TOKEN_AUDIENCE: testAuthentication.audience,
        SEND_HUB_TOKEN_SECRET: testSecretText,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const listening = /listening on (http:\/\/127\.0\.0\.1:\d+)/;
      const deadline = Date.now() + 20_000;
      while (!listening.test(output) && Date.now() < deadline && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 50));
      const url = listening.exec(output)?.[1];
      expect({ url, output }).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
      const answer = await get(url ?? '', '/districts/stafford/meetings', await bearer({ id: 'officer-3', role: 'hub-coordinator', agency: 'education', districts: ['stafford'] }));
      expect(answer).toMatchObject({ status: 200, body: { district: 'stafford', meetings: [] } });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).toContain('The hub service has stopped; its read models are saved.');
  });
});

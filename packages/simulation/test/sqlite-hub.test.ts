import { openSqliteHub } from '@send-hub/application';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulation } from '../src';
import { exportedLines, simulateInMemory, verifiedAsOperator } from './support/simulated-hub';

describe('a simulation recorded into an SQLite hub', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'send-hub-simulation-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes a history that verifies, and the same one, line for line, as in memory', async () => {
    const options = { seed: 'on disk', districts: ['cannock-chase', 'tamworth'], halfTerms: 3, referralsPerDistrictPerHalfTerm: 6 };
    const simulation = createSimulation(options);
    const file = join(folder, 'county.sqlite');
    const hub = openSqliteHub({ file, durability: 'normal', ...simulation.hubOptions });
    const report = await simulation.run(hub);
    const verification = await verifiedAsOperator(hub);
    expect(verification.problems).toEqual([]);
    expect(verification.eventsVerified).toBe(report.events);
    const onDisk = await exportedLines(hub);
    await hub.dispose();

    const inMemory = await simulateInMemory(options);
    expect(inMemory.report).toEqual(report);
    // Positions are the store's own, and only the SQLite hub seals (with the key in its key file);
    // everything else, ciphertext and hashes included, is the same.
    expect(onDisk.every((line) => /"seal":\{"keyId":"hub-sealing-key-1\.[0-9a-f]{16}","mac":"[^"]+"\}/.test(line))).toBe(true);
    const withoutPositionOrSeal = (line: string) => line.replace(/"position":"\d+",/, '').replace(/,"seal":\{[^}]*\}/, '');
    expect(onDisk.map(withoutPositionOrSeal)).toEqual((await exportedLines(inMemory.hub)).map(withoutPositionOrSeal));

    const reopened = openSqliteHub({ file, readOnly: true });
    expect((await verifiedAsOperator(reopened)).verified).toBe(true);
    await reopened.dispose();
  });
});

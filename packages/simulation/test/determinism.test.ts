import { exportedLines, simulateInMemory } from './support/simulated-hub';

const small = { districts: ['tamworth', 'lichfield'], halfTerms: 3, referralsPerDistrictPerHalfTerm: 6 };

describe('a seeded simulation', () => {
  it('records the same history byte for byte for the same seed: ids, recording times, ciphertext and hashes', async () => {
    const first = await simulateInMemory({ seed: 'same county', ...small });
    const second = await simulateInMemory({ seed: 'same county', ...small });
    const firstLines = await exportedLines(first.hub);
    expect(firstLines.length).toBeGreaterThan(50);
    expect(await exportedLines(second.hub)).toEqual(firstLines);
    expect(second.report).toEqual(first.report);
  });

  it('records a different history for a different seed', async () => {
    const first = await simulateInMemory({ seed: 'one county', ...small });
    const second = await simulateInMemory({ seed: 'another county', ...small });
    const firstLines = await exportedLines(first.hub);
    const secondLines = await exportedLines(second.hub);
    expect(secondLines).not.toEqual(firstLines);
    expect(secondLines.filter((line) => firstLines.includes(line))).toEqual([]);
  });
});

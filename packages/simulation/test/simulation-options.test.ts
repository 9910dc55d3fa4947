import { openInMemoryHub } from '@send-hub/application';
import { staffordshireConfiguration } from '@send-hub/core';
import { createSimulation } from '../src';

describe('the simulation’s options', () => {
  it('refuses, in plain words, a district the council does not have, an empty seed and a bad academic year or count', () => {
    expect(() => createSimulation({ seed: 'x', districts: ['atlantis'] })).toThrow('Staffordshire County Council has no district "atlantis".');
    expect(() => createSimulation({ seed: '' })).toThrow('needs a seed');
    expect(() => createSimulation({ seed: 'x', firstAcademicYear: '2025/27' })).toThrow('not an academic year');
    expect(() => createSimulation({ seed: 'x', halfTerms: 0 })).toThrow('halfTerms must be a whole number of at least 1');
    expect(() => createSimulation({ seed: 'x', referralsPerDistrictPerHalfTerm: -1 })).toThrow('at least 0');
  });

  it('simulates another council’s districts when given its configuration, and refuses a hub that lacks them', async () => {
    const configuration = { ...staffordshireConfiguration, councilName: 'Example Council', districts: [{ id: 'north', name: 'North' }, { id: 'south', name: 'South' }] };
    const simulation = createSimulation({ seed: 'elsewhere', configuration, halfTerms: 2 });
    expect(simulation.hubOptions.configuration).toBe(configuration);
    const report = await simulation.run(openInMemoryHub(simulation.hubOptions));
    expect(report.districts).toEqual(['north', 'south']);
    const another = createSimulation({ seed: 'elsewhere', configuration, halfTerms: 1 });
    await expect(another.run(openInMemoryHub())).rejects.toThrow("The hub's configuration has no district north, south");
  });

  it('runs once: a second run would write a second, clashing history', async () => {
    const simulation = createSimulation({ seed: 'once', districts: ['tamworth'], halfTerms: 1, referralsPerDistrictPerHalfTerm: 2 });
    const hub = openInMemoryHub(simulation.hubOptions);
    await simulation.run(hub);
    await expect(simulation.run(hub)).rejects.toThrow('A simulation runs once');
  });

  it('gives the hub a clock that reads the recording time of the command being recorded', async () => {
    const simulation = createSimulation({ seed: 'clock', districts: ['tamworth'], halfTerms: 1, referralsPerDistrictPerHalfTerm: 2 });
    // The first day of Autumn 1 2025/26 under the default English term dates.
    expect(simulation.hubOptions.clock().toISOString()).toBe('2025-09-03T00:00:00.000Z');
    const hub = openInMemoryHub(simulation.hubOptions);
    await simulation.run(hub);
    let last = '';
    for await (const event of hub.stores.raw.readAll()) last = event.metadata.recordedAt;
    expect(simulation.hubOptions.clock().toISOString()).toBe(last);
  });
});

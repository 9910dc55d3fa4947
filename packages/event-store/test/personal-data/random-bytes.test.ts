import { cryptoRandomBytes } from '../../src';

describe('cryptoRandomBytes', () => {
  it('gives as many bytes as asked, from a few to more than one pool holds', () => {
    for (const size of [0, 1, 12, 32, 4095, 4096, 10_000]) expect(cryptoRandomBytes(size)).toHaveLength(size);
  });

  it('never hands out the same bytes twice, across the end of a pool', () => {
    const seen = new Set<string>();
    for (let draw = 0; draw < 2_000; draw += 1) seen.add(Buffer.from(cryptoRandomBytes(12)).toString('hex'));
    expect(seen.size).toBe(2_000);
  });

  it('gives each caller bytes of its own: wiping them changes no other draw', () => {
    const first = cryptoRandomBytes(32);
    const second = cryptoRandomBytes(32);
    const kept = Buffer.from(second).toString('hex');
    first.fill(0);
    expect(Buffer.from(second).toString('hex')).toBe(kept);
    expect(first.buffer).not.toBe(second.buffer);
  });
});

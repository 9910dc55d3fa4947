import { needTypes, type NeedType, type RankedNeed, type SenProvision } from '@send-hub/core';
import * as fc from 'fast-check';
import { senProvision } from './reference-data';

const assessedNeeds: ReadonlyArray<NeedType> = needTypes.codes.filter((need) => need !== 'NSA');

/** Different assessed needs (never NSA), as many as asked. */
const distinctNeeds = (minLength: number, maxLength: number): fc.Arbitrary<NeedType[]> =>
  fc.uniqueArray(fc.constantFrom(...assessedNeeds), { minLength, maxLength });

/** Puts the element at `index` (modulo the length) first: lists are not always in rank order. */
const rotate = <Item>(items: ReadonlyArray<Item>, index: number): Item[] =>
  items.length === 0 ? [] : [...items.slice(index % items.length), ...items.slice(0, index % items.length)];

const ranked = (needs: ReadonlyArray<NeedType>, primaries: number): RankedNeed[] =>
  needs.map((need, index) => ({ need, rank: index < primaries ? 1 : 2 }));

/**
 * A list of needs the rules accept for the provision: exactly one primary need (rank 1),
 * up to two secondary needs (rank 2), no need twice, and "no specialist assessment" (NSA)
 * only with special educational needs support (K), where it stands alone.
 */
export const validRankedNeeds = (provision: SenProvision): fc.Arbitrary<RankedNeed[]> => {
  const assessed = fc.tuple(distinctNeeds(1, 3), fc.nat()).map(([needs, turn]) => rotate(ranked(needs, 1), turn));
  if (provision !== 'K') return assessed;
  return fc.oneof({ weight: 4, arbitrary: assessed }, { weight: 1, arbitrary: fc.constant<RankedNeed[]>([{ need: 'NSA', rank: 1 }]) });
};

/** A provision with needs the rules accept for it. */
export const senProvisionAndNeeds = (): fc.Arbitrary<{ senProvision: SenProvision; needs: RankedNeed[] }> =>
  senProvision().chain((provision) => validRankedNeeds(provision).map((needs) => ({ senProvision: provision, needs })));

export interface InvalidNeeds {
  readonly senProvision: SenProvision;
  readonly needs: RankedNeed[];
  /** Which rule the needs break, in plain English. */
  readonly fault: string;
}

/** A provision with needs that break one of the rules on needs, saying which. */
export const invalidRankedNeeds = (): fc.Arbitrary<InvalidNeeds> =>
  fc.oneof(
    fc.tuple(senProvision(), distinctNeeds(0, 3)).map(([provision, needs]) => ({
      senProvision: provision,
      needs: ranked(needs, 0),
      fault: 'no primary need',
    })),
    fc.tuple(senProvision(), distinctNeeds(2, 4), fc.nat()).map(([provision, needs, turn]) => ({
      senProvision: provision,
      needs: rotate(ranked(needs, 2), turn),
      fault: 'two primary needs',
    })),
    fc.tuple(senProvision(), distinctNeeds(1, 3), fc.nat()).map(([provision, needs, pick]) => {
      const valid = ranked(needs, 1);
      const repeated = needs[pick % needs.length] ?? 'SEMH';
      return { senProvision: provision, needs: [...valid, { need: repeated, rank: 2 as const }], fault: `${repeated} named twice` };
    }),
    fc.tuple(fc.constantFrom<SenProvision>('E', 'N'), distinctNeeds(0, 2), fc.boolean()).map(([provision, needs, nsaFirst]) => ({
      senProvision: provision,
      needs: nsaFirst ? ranked(['NSA', ...needs], 1) : [...ranked(needs, 1), { need: 'NSA' as const, rank: (needs.length === 0 ? 1 : 2) as 1 | 2 }],
      fault: `no specialist assessment (NSA) with provision ${provision}`,
    })),
  );

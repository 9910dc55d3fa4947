import { caseDecider, createCaseDecider, staffordshireConfiguration, type HubConfiguration, type RankedNeed, type SenProvision } from '@send-hub/core';
import { deciderSpecification } from '@send-hub/testing';
import { caseId, recorded, refer, referral, referred } from './support/staffordshire-case';

const specification = deciderSpecification(caseDecider);

describe('referring a child', () => {
  it('records a Year 7 pupil on special educational needs support, primary need social, emotional and mental health, referred to Stafford in Autumn 1 2025/26', () => {
    specification
      .given([])
      .when(refer())
      .then([{ type: 'Referred', caseId, occurredOn: '2025-09-15', referral, consent: { givenBy: 'parent-or-carer', form: 'written', givenOn: '2025-09-12', youngPersonLacksCapacity: false } }]);
  });

  it('refuses a second referral of the same case, giving the first date', () => {
    specification
      .given(referred)
      .when(refer({ occurredOn: '2026-01-20' }))
      .thenRejectsWith((rejection) => rejection.code === 'case-already-referred' && rejection.message.includes('15 September 2025'), 'a refusal giving the first referral date');
  });

  const withNeeds = (senProvision: SenProvision, needs: RankedNeed[]) => refer({ referral: { ...referral, senProvision, needs } });

  it.each<[string, SenProvision, RankedNeed[]]>([
    ['a primary need alone', 'E', [{ need: 'ASD', rank: 1 }]],
    ['a primary need with two secondary needs', 'K', [{ need: 'SPLD', rank: 1 }, { need: 'SLCN', rank: 2 }, { need: 'SEMH', rank: 2 }]],
    ['secondary needs listed before the primary need', 'K', [{ need: 'HI', rank: 2 }, { need: 'MLD', rank: 1 }]],
    ['no specialist assessment with special educational needs support', 'K', [{ need: 'NSA', rank: 1 }]],
  ])('accepts %s', (_case, provision, needs) => {
    const command = withNeeds(provision, needs);
    specification.given([]).when(command).then([recorded(command)]);
  });

  it.each<[string, SenProvision, RankedNeed[]]>([
    ['no needs at all', 'K', []],
    ['only secondary needs', 'K', [{ need: 'SEMH', rank: 2 }]],
    ['two primary needs', 'E', [{ need: 'SEMH', rank: 1 }, { need: 'ASD', rank: 1 }]],
    ['the same need twice', 'K', [{ need: 'SEMH', rank: 1 }, { need: 'SEMH', rank: 2 }]],
    ['no specialist assessment with an education, health and care plan', 'E', [{ need: 'NSA', rank: 1 }]],
    ['no specialist assessment with no special educational needs', 'N', [{ need: 'NSA', rank: 1 }]],
  ])('refuses %s', (_case, provision, needs) => {
    specification.given([]).when(withNeeds(provision, needs)).thenRejects('needs-invalid');
  });

  it('refuses a district that is not one of the council’s hubs, naming the council', () => {
    specification
      .given([])
      .when(refer({ referral: { ...referral, district: 'stoke-on-trent' } }))
      .thenRejectsWith((rejection) => rejection.code === 'district-unknown' && rejection.message.includes('Staffordshire County Council'), 'a refusal naming the council');
  });

  it('follows another council’s districts when configured with them', () => {
    const shropshire: HubConfiguration = { ...staffordshireConfiguration, councilName: 'Shropshire Council', districts: [{ id: 'north-shropshire', name: 'North Shropshire' }] };
    const shropshireSpecification = deciderSpecification(createCaseDecider(shropshire));
    const inNorthShropshire = refer({ referral: { ...referral, district: 'north-shropshire' } });
    shropshireSpecification.given([]).when(inNorthShropshire).then([recorded(inNorthShropshire)]);
    shropshireSpecification.given([]).when(refer()).thenRejects('district-unknown');
  });
});

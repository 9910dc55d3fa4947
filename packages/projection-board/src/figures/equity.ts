import {
  broadAreaOf,
  broadAreas,
  codedValues,
  ethnicityMajorGroups,
  needTypes,
  phaseOf,
  phases,
  senProvisions,
  sexes,
  type HubConfiguration,
} from '@send-hub/core';
import type * as t from 'io-ts';
import type { BoardCase, BoardModel } from '../board-model';
import { casesIn } from './board-figures';
import { BoardPeriod, defaultBoardSettings, ratio, type BoardSelection, type BoardSettings, type Ratio } from './board-selection';
import { caseFigures, type CaseFigures } from './case-figures';

/** The ways the board breaks figures down to see whether some groups fare differently. */
export const equityDimensions = codedValues('an equity dimension', {
  sex: 'Sex',
  'ethnicity-group': 'Ethnicity major group',
  phase: 'Phase of education',
  'primary-need': 'Primary need',
  'broad-area': 'Broad area of need',
  provision: 'Special educational needs provision',
  'pupil-premium': 'Disadvantage (pupil premium)',
});
export const EquityDimension = equityDimensions.codec;
export type EquityDimension = t.TypeOf<typeof EquityDimension>;

export interface EquityGroup {
  readonly key: string;
  readonly label: string;
}

const notRecorded: EquityGroup = { key: 'not-recorded', label: 'Not recorded' };
const labelled = (values: { codes: ReadonlyArray<string>; label: (code: never) => string }): EquityGroup[] =>
  values.codes.map((code) => ({ key: code, label: values.label(code as never) }));

/** Every group of a dimension, in a fixed order, so that tables list groups with no cases too. */
export const equityGroups = (dimension: EquityDimension): ReadonlyArray<EquityGroup> => {
  switch (dimension) {
    case 'sex':
      return labelled(sexes);
    case 'ethnicity-group':
      return labelled(ethnicityMajorGroups);
    case 'phase':
      return labelled(phases);
    case 'primary-need':
      return [...labelled(needTypes), notRecorded];
    case 'broad-area':
      return labelled(broadAreas);
    case 'provision':
      return labelled(senProvisions);
    case 'pupil-premium':
      return [
        { key: 'eligible', label: 'Eligible for pupil premium' },
        { key: 'not-eligible', label: 'Not eligible for pupil premium' },
      ];
  }
};

/** The group a case belongs to; ethnicity goes through the council's major group lookup. */
export const equityGroupOf = (dimension: EquityDimension, counted: BoardCase, configuration: HubConfiguration): string => {
  switch (dimension) {
    case 'sex':
      return counted.sex;
    case 'ethnicity-group':
      return configuration.ethnicityMajorGroups[counted.ethnicity];
    case 'phase':
      return phaseOf(counted.yearGroup);
    case 'primary-need':
      return counted.primaryNeed ?? notRecorded.key;
    case 'broad-area':
      return counted.primaryNeed === null ? 'unclassified' : broadAreaOf(counted.primaryNeed);
    case 'provision':
      return counted.senProvision;
    case 'pupil-premium':
      return counted.pupilPremium ? 'eligible' : 'not-eligible';
  }
};

export interface EquityRow extends EquityGroup {
  readonly figures: CaseFigures;
  /** This group's referrals out of all referrals in the selection. */
  readonly shareOfReferrals: Ratio;
  readonly shareOfEscalations: Ratio;
  readonly shareOfNeedsMet: Ratio;
}

/**
 * Each group's figures, and its share of referrals against its share of escalations and
 * of needs met. Multi-agency working has no such breakdown: attendance is a fact about
 * meetings, not about any one child.
 */
export const equityBreakdown = (
  model: BoardModel,
  selection: BoardSelection,
  dimension: EquityDimension,
  settings: BoardSettings = defaultBoardSettings,
): ReadonlyArray<EquityRow> => {
  const period = new BoardPeriod(selection, settings.calendar);
  const members = new Map<string, BoardCase[]>();
  for (const counted of casesIn(model, selection.district)) {
    const group = equityGroupOf(dimension, counted, settings.configuration);
    const list = members.get(group);
    if (list === undefined) members.set(group, [counted]);
    else list.push(counted);
  }
  const rows = equityGroups(dimension).map((group) => ({ ...group, figures: caseFigures(members.get(group.key) ?? [], period) }));
  const total = (pick: (figures: CaseFigures) => number) => rows.reduce((sum, row) => sum + pick(row.figures), 0);
  const referrals = total((figures) => figures.volumes.referrals);
  const escalations = total((figures) => figures.volumes.escalations);
  const needsMet = total((figures) => figures.effectiveness.needsMet);
  return rows.map((row) => ({
    ...row,
    shareOfReferrals: ratio(row.figures.volumes.referrals, referrals),
    shareOfEscalations: ratio(row.figures.volumes.escalations, escalations),
    shareOfNeedsMet: ratio(row.figures.effectiveness.needsMet, needsMet),
  }));
};

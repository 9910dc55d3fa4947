import { staffordshireDistricts, type AcademicYear } from '@send-hub/core';
import { boardProjection, boardReport, defaultBoardSettings, type BoardModel, type BoardReport, type BoardReportRequest, type BoardSettings } from '@send-hub/projection-board';
import * as fc from 'fast-check';
import { hubHistoryArbitrary } from '../../../projections/test/support/hub-history-arbitrary';
import { rebuiltFrom } from '../../../projections/test/support/rebuild-law';

export const allDistricts = staffordshireDistricts.map((district) => district.id);

/** A board model folded from one generated hub history (reproducible by its seed). */
export const sampleModel = async (options: { readonly seed: number; readonly maxCases: number; readonly districts?: ReadonlyArray<string> }): Promise<BoardModel> => {
  // Arrays default to a handful of items; a county needs up to `maxCases` cases.
  const previous = fc.readConfigureGlobal();
  fc.configureGlobal({ ...previous, baseSize: 'xlarge' });
  try {
    const [history] = fc.sample(hubHistoryArbitrary({ maxCases: options.maxCases, districts: options.districts ?? allDistricts }), { numRuns: 1, seed: options.seed });
    return await rebuiltFrom(boardProjection, history?.events ?? []);
  } finally {
    fc.configureGlobal(previous);
  }
};

export const reportOf = (model: BoardModel, request: BoardReportRequest, settings: BoardSettings = defaultBoardSettings): BoardReport => {
  const result = boardReport(model, request, settings);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

export const years: ReadonlyArray<AcademicYear> = ['2024/25', '2025/26'];

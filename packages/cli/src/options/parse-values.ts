import { AcademicYear, CalendarDate, HalfTerm, halfTermLabels, type HubConfiguration, type MeetingReference } from '@send-hub/core';
import { Instant } from '@send-hub/audit';
import { either as E } from 'fp-ts';
import type * as t from 'io-ts';
import { CliFailure } from '../cli-failure';

const decodeOr = <A>(codec: t.Decoder<unknown, A>, value: unknown, what: string, example: string): A => {
  const decoded = codec.decode(value);
  if (E.isRight(decoded)) return decoded.right;
  throw new CliFailure(`${what} "${String(value)}" is not valid: expected ${codec.name}.`, `For example: ${example}`);
};

/** An academic year written like 2025/26, given to `option` (which the hint names). */
export const parseAcademicYear = (value: string, option: string): AcademicYear => decodeOr(AcademicYear, value, `The academic year given to ${option}`, `${option} 2025/26`);

export const parseCalendarDate = (value: string, option: string): CalendarDate => decodeOr(CalendarDate, value, `The date given to ${option}`, `${option} 2026-03-31`);

export const parseInstant = (value: string, option: string): string => decodeOr(Instant, value, `The time given to ${option}`, `${option} 2026-03-31T17:00:00Z`);

/** A district by id or by name, as a person might type it ("tamworth", "Tamworth", "Cannock Chase"). */
export const parseDistrict = (value: string, configuration: HubConfiguration): string => {
  const wanted = value.trim().toLowerCase();
  const found = configuration.districts.find((district) => district.id === wanted || district.name.toLowerCase() === wanted);
  if (found !== undefined) return found.id;
  throw new CliFailure(
    `There is no district "${value}" in ${configuration.councilName}.`,
    `The districts are: ${configuration.districts.map((district) => `${district.id} (${district.name})`).join(', ')}.`,
  );
};

/** A meeting written "2025/26 3" or "2025/26:3": academic year and half term (1 Autumn 1 ... 6 Summer 2). */
export const parseMeeting = (value: string, district: string): MeetingReference => {
  const match = /^(\d{4}\/\d{2})[\s:]+([1-6])$/.exec(value.trim());
  const hint = `Write the academic year and half term, for example --meeting 2025/26:3 for ${halfTermLabels[3]} 2025/26.`;
  if (match === null) throw new CliFailure(`The meeting "${value}" is not one the hub can find.`, hint);
  const academicYear = decodeOr(AcademicYear, match[1] ?? '', 'The academic year of the meeting', '--meeting 2025/26:3');
  const halfTerm = decodeOr(HalfTerm, Number(match[2]), 'The half term', '--meeting 2025/26:3');
  return { district, academicYear, halfTerm };
};

export const parseWholeNumber = (value: string, option: string, least: number): number => {
  const number = Number(value);
  if (Number.isSafeInteger(number) && number >= least && value.trim() !== '') return number;
  throw new CliFailure(`${option} must be a whole number of at least ${least}, but was "${value}".`);
};

import type * as t from 'io-ts';
import { DistrictId } from '../reference/districts';
import { SchoolUrn } from '../values/identifiers';
import { exactType } from '../validation/exact-object';

/** Where a child is schooled, as a move records it: the school and the district whose hub serves it. */
export const SchoolPlace = exactType({ school: SchoolUrn, district: DistrictId }, 'a school and its district');
export type SchoolPlace = t.TypeOf<typeof SchoolPlace>;

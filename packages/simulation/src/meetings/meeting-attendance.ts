import type { Attendee } from '@send-hub/core';
import type { SeededRandom } from '../random/seeded-random';
import { agencyAttendance, coordinatorRole, maximumSchoolCoordinators, schoolCoordinatorRole } from '../tables/attendance-roles';

/**
 * Who attended a meeting: always the coordinating officer and at least one school's
 * special educational needs coordinator (education); each other agency as often as the
 * table says, sending one or more of its roles.
 */
export const drawAttendance = (random: SeededRandom): Attendee[] => {
  const attendance: Attendee[] = [{ agency: 'education', role: coordinatorRole }];
  const schoolCoordinators = random.integer(1, maximumSchoolCoordinators);
  for (let index = 0; index < schoolCoordinators; index += 1) attendance.push({ agency: 'education', role: schoolCoordinatorRole });
  for (const { agency, probability, roles, maximumAttendees } of agencyAttendance) {
    if (!random.chance(probability)) continue;
    for (const role of random.pickDistinct(roles, random.integer(1, maximumAttendees))) attendance.push({ agency, role });
  }
  return attendance;
};

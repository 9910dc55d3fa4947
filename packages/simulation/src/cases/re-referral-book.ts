import type { AcademicYear, CaseId, DistrictId, ReferralDetails } from '@send-hub/core';

/** A child whose case closed and who will be referred again, with what the school recorded last time. */
export interface PendingReReferral {
  readonly earlierCaseId: CaseId;
  readonly earlierReferral: ReferralDetails;
  readonly earlierAcademicYear: AcademicYear;
}

/** Children due to be referred again, by half term (term ordinal) and district. */
export class ReReferralBook {
  private readonly due = new Map<string, PendingReReferral[]>();

  add(termOrdinal: number, district: DistrictId, pending: PendingReReferral): void {
    const key = `${termOrdinal}:${district}`;
    const list = this.due.get(key);
    if (list === undefined) this.due.set(key, [pending]);
    else list.push(pending);
  }

  /** The children due in this half term and district, in the order their cases closed; they are taken off the book. */
  take(termOrdinal: number, district: DistrictId): ReadonlyArray<PendingReReferral> {
    const key = `${termOrdinal}:${district}`;
    const list = this.due.get(key) ?? [];
    this.due.delete(key);
    return list;
  }
}

import type { AgendaItem, DistrictAgenda, ReviewItem } from '../queries/agenda';

/**
 * The names to show for cases, by case id: the child's name, or `erasedNameNote` once it
 * was erased. The district model holds no personal data, so names are opened from the
 * event store for the cases a list shows, when it is shown (the hub's
 * `readModels.childNames`), and never kept.
 */
export type ChildNames = ReadonlyMap<string, string>;

/** Shown in place of a name that was erased. */
export const erasedNameNote = 'Name erased';

/** Shown for a case whose name was not looked up. */
export const nameNotLookedUpNote = 'Name not looked up';

/** The name to show for a case. */
export const nameShownFor = (names: ChildNames, caseId: string): string => names.get(caseId) ?? nameNotLookedUpNote;

/** An item of a list with the name to show added as `childShownAs`, for callers that pass lists on (as JSON to a web page). */
export const withChildName = <Item extends { readonly caseId: string }>(item: Item, names: ChildNames): Item & { readonly childShownAs: string } => ({
  ...item,
  childShownAs: nameShownFor(names, item.caseId),
});

/** The cases an agenda lists, each once: the names to look up before showing it. */
export const caseIdsOnAgenda = (agenda: DistrictAgenda): string[] => [
  ...new Set(
    [...agenda.firstDiscussions, ...agenda.reviewsDue, ...agenda.awaitingLocalityManagementGroup, ...agenda.backFromLocalityManagementGroup, ...agenda.movedInFromAnotherDistrict].map(
      (item) => item.caseId,
    ),
  ),
];

/** An agenda whose items carry the name to show (`childShownAs`). */
export interface NamedAgenda extends DistrictAgenda {
  readonly firstDiscussions: ReadonlyArray<AgendaItem & { readonly childShownAs: string }>;
  readonly reviewsDue: ReadonlyArray<ReviewItem & { readonly childShownAs: string }>;
  readonly awaitingLocalityManagementGroup: ReadonlyArray<AgendaItem & { readonly childShownAs: string }>;
  readonly backFromLocalityManagementGroup: ReadonlyArray<AgendaItem & { readonly childShownAs: string }>;
  readonly movedInFromAnotherDistrict: ReadonlyArray<AgendaItem & { readonly childShownAs: string }>;
}

/** The agenda with each item's name added, for callers that pass it on as data (JSON). */
export const agendaWithNames = (agenda: DistrictAgenda, names: ChildNames): NamedAgenda => ({
  ...agenda,
  firstDiscussions: agenda.firstDiscussions.map((item) => withChildName(item, names)),
  reviewsDue: agenda.reviewsDue.map((item) => withChildName(item, names)),
  awaitingLocalityManagementGroup: agenda.awaitingLocalityManagementGroup.map((item) => withChildName(item, names)),
  backFromLocalityManagementGroup: agenda.backFromLocalityManagementGroup.map((item) => withChildName(item, names)),
  movedInFromAnotherDistrict: agenda.movedInFromAnotherDistrict.map((item) => withChildName(item, names)),
});

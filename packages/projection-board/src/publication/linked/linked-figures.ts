import { either as E } from 'fp-ts';

/**
 * One figure a publication holds, shown or withheld: a stable key that names it wherever it
 * appears (the same count in the county table and in a district's report has one key), and
 * its true value, a whole number of zero or more.
 */
export interface LinkedFigure {
  readonly key: string;
  readonly value: number;
}

/** A figure that is the sum of others (a row or column total, a county figure over its districts), by key or by figure number. */
export interface FigureSum<Figure> {
  readonly total: Figure;
  readonly parts: ReadonlyArray<Figure>;
}

export type LinkedTotal = FigureSum<string>;

/**
 * What one table adds to a linked set: the figures it publishes, and which of them add up
 * to which. A table joins the set by declaring these, and nothing else: suppression is decided
 * over every declaration together, so a reader who puts any tables side by side learns no more.
 */
export interface LinkedDeclaration {
  readonly figures: ReadonlyArray<LinkedFigure>;
  readonly totals: ReadonlyArray<LinkedTotal>;
}

/** The relations of a linked set by figure number: `values[total] = sum of values[parts]`. */
export type LinkedRelation = FigureSum<number>;

/** Every figure published together and every sum between them, checked to add up. */
export interface LinkedSet {
  readonly keys: ReadonlyArray<string>;
  readonly values: ReadonlyArray<number>;
  readonly indexOf: ReadonlyMap<string, number>;
  readonly relations: ReadonlyArray<LinkedRelation>;
  /** For each figure, the relations it is in (as the total or as a part). */
  readonly relationsOf: ReadonlyArray<ReadonlyArray<number>>;
}

export interface LinkedSetRejection {
  readonly _tag: 'LinkedSetRejection';
  readonly code: 'linked-set-invalid';
  readonly message: string;
}

const reject = (particulars: string): E.Either<LinkedSetRejection, never> =>
  E.left({ _tag: 'LinkedSetRejection', code: 'linked-set-invalid', message: `The figures cannot be published together: ${particulars}.` });

const addFigures = (declarations: ReadonlyArray<LinkedDeclaration>, keys: string[], values: number[], indexOf: Map<string, number>): E.Either<LinkedSetRejection, void> => {
  for (const declaration of declarations) {
    for (const { key, value } of declaration.figures) {
      if (!Number.isSafeInteger(value) || value < 0) return reject(`the figure "${key}" is ${value}, which is not a count (a whole number of zero or more)`);
      const known = indexOf.get(key);
      if (known === undefined) {
        indexOf.set(key, keys.length);
        keys.push(key);
        values.push(value);
      } else if (values[known] !== value) {
        return reject(`the figure "${key}" is declared as both ${values[known] ?? 0} and ${value}`);
      }
    }
  }
  return E.right(undefined);
};

/**
 * Gathers the declarations into one set: a figure declared by several tables is one figure
 * (and must have one value), a sum declared twice is kept once, and a sum of one figure that is
 * itself (a district table's column total) says nothing and is dropped. Every sum must add up.
 */
export const linkFigures = (declarations: ReadonlyArray<LinkedDeclaration>): E.Either<LinkedSetRejection, LinkedSet> => {
  const keys: string[] = [];
  const values: number[] = [];
  const indexOf = new Map<string, number>();
  const added = addFigures(declarations, keys, values, indexOf);
  if (E.isLeft(added)) return added;
  const relations: LinkedRelation[] = [];
  const seen = new Set<string>();
  for (const declaration of declarations) {
    for (const { total, parts } of declaration.totals) {
      const totalIndex = indexOf.get(total);
      if (totalIndex === undefined) return reject(`the total "${total}" is not one of the figures declared`);
      const partIndexes: number[] = [];
      for (const part of new Set(parts)) {
        const index = indexOf.get(part);
        if (index === undefined) return reject(`"${part}", a part of the total "${total}", is not one of the figures declared`);
        partIndexes.push(index);
      }
      if (partIndexes.includes(totalIndex)) {
        if (partIndexes.length === 1) continue;
        return reject(`the total "${total}" is named among its own parts`);
      }
      const sum = partIndexes.reduce((running, index) => running + (values[index] ?? 0), 0);
      if (sum !== values[totalIndex]) return reject(`the total "${total}" is ${values[totalIndex] ?? 0} but its parts add up to ${sum}`);
      partIndexes.sort((left, right) => left - right);
      const signature = `${totalIndex}=${partIndexes.join('+')}`;
      if (seen.has(signature)) continue;
      seen.add(signature);
      relations.push({ total: totalIndex, parts: partIndexes });
    }
  }
  const relationsOf: number[][] = keys.map(() => []);
  relations.forEach((relation, index) => {
    relationsOf[relation.total]?.push(index);
    for (const part of relation.parts) relationsOf[part]?.push(index);
  });
  return E.right({ keys, values, indexOf, relations, relationsOf });
};

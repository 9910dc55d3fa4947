import { readAllInPages, type EventStore } from '@send-hub/event-store';
import { ProjectionFold, type FoldOptions, type FoldState } from './projection-fold';
import { metadataChoiceOf, type Projection } from './projection';
import { ProgressMeter, type ProgressOptions } from './progress';

export type RebuildOptions = FoldOptions & ProgressOptions;

/**
 * Builds a read model from zero by reading every stored event in global order: no
 * checkpoint, no subscription. What the benchmark measures and what an auditor runs.
 */
export const rebuild = async <Model>(
  store: EventStore,
  projection: Projection<Model>,
  options: RebuildOptions = {},
): Promise<FoldState<Model>> => {
  const fold = new ProjectionFold(projection, { model: projection.initial(), position: undefined }, options);
  const meter = new ProgressMeter(projection.name, options.onProgress === undefined ? undefined : await store.headPosition(), options);
  // A page at a time: one wait per page, not per event, over a history of millions.
  for await (const page of readAllInPages(store, { metadata: metadataChoiceOf(projection) })) {
    for (const recorded of page) if (fold.feed(recorded)) meter.count(fold.position);
  }
  meter.finish(fold.position);
  return fold.state();
};

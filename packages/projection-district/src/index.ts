export * from './district-model';
export * from './district-projection';
export * from './district-reducer';
export * from './queries/actions';
export * from './queries/agenda';
export * from './queries/case-summary';
export * from './queries/consent-worklist';
export * from './queries/meetings';

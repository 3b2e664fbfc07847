// The public API of the domain core: pure computations and shared types, no I/O.
export * from './achievement';
export * from './change';
export * from './checks';
export * from './demo/cai-nuoc-catalog';
export * from './demo/cai-nuoc-demo';
export * from './errors';
export * from './figures-from-statements';
export * from './period';
export * from './projection';
export * from './rollup';
export * from './scorecard';
export * from './scorecard-figures';
export * from './scorecard-output';
export * from './status';
export * from './types';
export * from './unit-lookup';
export * from './vi/format';

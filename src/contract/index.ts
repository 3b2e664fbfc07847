// The one HTTP contract (STYLE 22): every request and response of /api as a Zod schema. The server
// validates with it, the OpenAPI document is generated from it, the web's types are inferred from it.
export * from './audit.schema';
export * from './common.schema';
export * from './directive.schema';
export * from './early-warning.schema';
export * from './file.schema';
export * from './health.schema';
export * from './import.schema';
export * from './indicator.schema';
export * from './inspection.schema';
export * from './observation.schema';
export * from './record.schema';
export * from './regime.schema';
export * from './report.schema';
export * from './scorecard.schema';
export * from './submission.schema';
export * from './target.schema';
export * from './unit.schema';
export * from './user.schema';
export * from './visit.schema';

// The lookups routes still share (visits, reports) now live with the use cases and raise core's DomainError;
// this module only points there until those routes call use cases of their own.
export { notFoundRecord, requireIndicator } from '../../app/access/unit-scope';

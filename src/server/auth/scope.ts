// Scope on every route: the one set of refusals lives with the use cases (src/app/access), raised as core's
// DomainError and mapped by the error handler to the same 403/404 envelope the routes always gave.
export { type Access, inScope, requireRole, requireUnit } from '../../app/access/unit-scope';

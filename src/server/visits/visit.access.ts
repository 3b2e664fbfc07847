// The visit rules' view of the user now lives with the use cases (src/app/visits/visit-actor.ts); the
// routes that still read through it (evidence, inspections, files) import it from here.
export {
  allow,
  readableDirective,
  readableVisit,
  todayOr,
  type VisitViewer,
  visitViewer,
} from '../../app/visits/visit-actor';

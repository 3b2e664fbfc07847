// A directive as it stood on a past day: a briefing pack printed today for a visit held last year must not
// report the progress made since, nor count directives given after it.
import type { Directive, DirectiveUpdate } from './visit.types';

/**
 * The directive as of `day`: null when it was given later; otherwise its completion and progress then.
 * @example directiveAsOf({ createdOn: '2023-06-01', completedOn: '2024-01-05', progressPercent: 100, … },
 *   [{ reportedOn: '2023-10-01', percent: 40 }, { reportedOn: '2024-01-05', percent: 100 }], '2023-11-17')
 *   → { …, completedOn: null, progressPercent: 40 }
 */
export function directiveAsOf<D extends Pick<Directive, 'createdOn' | 'completedOn' | 'progressPercent'>>(
  directive: D,
  updates: readonly Pick<DirectiveUpdate, 'reportedOn' | 'percent'>[],
  day: string,
): D | null {
  if (directive.createdOn > day) return null;
  if (directive.completedOn !== null && directive.completedOn <= day) return directive;
  const reported = updates
    .filter((u) => u.reportedOn <= day)
    .sort((a, b) => (a.reportedOn < b.reportedOn ? -1 : 1));
  return { ...directive, completedOn: null, progressPercent: reported.at(-1)?.percent ?? 0 };
}

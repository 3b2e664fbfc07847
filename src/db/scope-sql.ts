// The condition that keeps a list to a user's scope, written once for visits, inspections and directives.
import type { SQL } from 'drizzle-orm';

/**
 * `within` the scope's units, or no condition for a null scope (every unit). An empty scope matches nothing:
 * its list becomes [-1], an id no row has, since `in ()` is not valid SQL.
 */
export function scopeCondition(
  scopeUnitIds: number[] | null,
  within: (ids: number[]) => SQL | undefined,
): SQL | undefined {
  if (scopeUnitIds === null) return undefined;
  return within(scopeUnitIds.length > 0 ? scopeUnitIds : [-1]);
}

import type { Unit } from '../pattern';
import { listRun } from '../pattern-list-member';

/**
 * The companies an investor's verb names as one coordinated object: "A has backed B and the robotics firm C",
 * "A a investi dans B et dans la plateforme C", "after backing B and satellite company C" fund all of them, as
 * the pattern rules' `@@` lists do. A member after a bare comma is kept only when a conjunction closes the list
 * ("B, C and D"), since "A backed B, C said" names the next clause's subject.
 */
export function backedCompanies(units: Unit[], first: number): number[] {
  const run = listRun(units, first, 'org', false);
  return run.stops.length > 0 ? run.got.slice(0, run.stops[0].count) : run.got;
}

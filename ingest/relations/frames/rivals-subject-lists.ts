import type { Unit } from '../pattern';
import { rivalsAfter } from './rivals-list';

/** A list of two or more organisations and the unit index right after its last member. */
export interface OrgList {
  members: number[];
  after: number;
}

/**
 * Every list of two or more organisations the sentence names at no distance ("A, B et C", "A and B"), left to
 * right, each read once: the walk resumes after a list's last member, so "B and C" inside "A, B and C" is not a
 * list of its own. Readers that say something of a list (its market, its entry, its lead) start from these.
 */
export function orgListsIn(units: Unit[]): OrgList[] {
  const out: OrgList[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind !== 'ent' || !u.orgs) continue;
    const members = rivalsAfter(units, i, 0, false);
    if (members.length < 2) continue;
    const after = members[members.length - 1] + 1;
    out.push({ members, after });
    i = after - 1;
  }
  return out;
}

import type { Unit } from './pattern';
import type { EntityWant } from './pattern-list-member';
import { afterMemberDescriptor } from './pattern-list-member';

/**
 * A list's first member may carry the same descriptor as the members after it ("trois acteurs se disputent la
 * place : l'allemand A, le canadien B et C", "dominated by three groups: the Danish firm A, B and C"): the press
 * names a market's players by origin or trade as often as bare. The later members' descriptors are read by the
 * list step (`afterMemberDescriptor`); without the same reading of the first one, a list whose every member is
 * described was never opened. People's lists are left out: their titles are read by the title steps.
 */

/** The index of the organisation named after a descriptor starting at `ui`, or `ui` when none is read there. */
export function describedOpeningMember(units: Unit[], ui: number, want: EntityWant): number {
  if (want === 'person') return ui;
  const k = afterMemberDescriptor(units, ui);
  const named = units[k];
  return k > ui && named?.kind === 'ent' && named.orgs ? k : ui;
}

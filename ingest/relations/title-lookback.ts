import type { Unit } from './pattern';

/**
 * Where the look-back for a leader's title before an organisation may start. A title is written right before the
 * person who holds it ("Acme chairman John Smith", "le président de Vexa, Marc Delon"), so once another person is
 * named, the title before that name is theirs: in "a letter to Orion Chairman Mark Fell, Delmar representatives
 * Anne Keswick" the chairman is Fell, and Keswick holds no title at Delmar. The look-back therefore starts after
 * the last person named before the organisation, when one stands inside the window.
 */
export function titleLookbackStart(units: readonly Unit[], org: Unit, windowStart: number): number {
  if (org.kind !== 'ent') return windowStart;
  let start = windowStart;
  for (const u of units) {
    if (u.kind !== 'ent' || u.end > org.start) continue;
    // a name that is a person only: an organisation's name can stand in a title ("the Acme chairman")
    if (u.persons && !u.orgs && u.end > start) start = u.end;
  }
  return start;
}

import type { Unit } from './pattern';
import { isOblique, placeBeforeNoun } from './syntax';

/**
 * A seller's banner or operations sold under their own name: "K mart said it agreed to sell most of the U.S. Kresge
 * and Jupiter stores to McCrory", "it sold its Whittar Steel Strip operations to Dofasco", "Casino a cédé ses
 * magasins Leader Price à Aldi". The name only labels stores or operations — no company changes hands but the
 * seller's business, which GOLD-FORMAT counts as the seller. So when the name sold is followed by such a noun and
 * the sentence's subject sells it, the buyer acquired that subject. Subsidiaries, units and divisions stay: a named
 * one is an organisation of its own.
 */
const BANNER_NOUNS =
  /^(stores|store|operations|operation|outlets|shops|restaurants|chain|chains|supermarkets|assets|magasins|enseignes|supermarchés|activités|actifs)$/u;
/** French nouns come before the name: "ses magasins Leader Price", "les activités Trafic". */
const FR_BANNER_BEFORE = /^(magasins|enseignes|supermarchés|activités|actifs|points)$/u;
/** Between names of one list: "the Kresge and Jupiter stores". */
const LIST_LINK = /^(,|and|et)$/u;
/** Words of a sale, whose subject is the seller ("sell", "cède"); a buy's subject is the buyer. */
const SALE_WORDS =
  /^(sell|sells|sold|selling|divest|divests|divested|divesting|dispose|disposed|cède|cédé|cédera|céder|vend|vendu|vendre|vendra)$/u;

const tokAt = (units: readonly Unit[], i: number): string | null => {
  const u = units[i];
  return u?.kind === 'tok' ? u.token.lower : null;
};

/** Whether the mention at `at` labels stores or operations: a banner noun after its list, or (French) before it. */
function labelsBusiness(units: readonly Unit[], at: number): boolean {
  let k = at + 1;
  while (LIST_LINK.test(tokAt(units, k) ?? '') && units[k + 1]?.kind === 'ent') k += 2;
  if (BANNER_NOUNS.test(tokAt(units, k) ?? '')) return true;
  return FR_BANNER_BEFORE.test(tokAt(units, at - 1) ?? '');
}

/**
 * The seller the targets name the banner of, when a sale's subject sells stores or operations labelled by the
 * targets' names; null otherwise. The subject, not the rule's seller: "divested X to Travelers, sold its Y
 * operations to Dofasco" gives the seller rule the first buyer.
 */
export function bannerSeller(units: Unit[], targets: readonly number[]): number | null {
  const sellers = new Set(targets.map((t) => sellerOfBanner(units, t)));
  const [seller] = sellers;
  return sellers.size === 1 && seller !== undefined ? seller : null;
}

function sellerOfBanner(units: Unit[], target: number): number | null {
  for (let at = 1; at < units.length; at++) {
    const u = units[at];
    if (u.kind !== 'ent' || !u.ents.includes(target) || !labelsBusiness(units, at)) continue;
    const verb = lastSaleWordBefore(units, at);
    if (verb < 0) continue;
    const seller = subjectBefore(units, verb);
    if (seller !== null && seller !== target) return seller;
  }
  return null;
}

function lastSaleWordBefore(units: readonly Unit[], at: number): number {
  for (let k = at - 1; k >= 0; k--) if (SALE_WORDS.test(tokAt(units, k) ?? '')) return k;
  return -1;
}

/** The first organisation named or pointed at before the sale word, not after a preposition nor a place. */
function subjectBefore(units: Unit[], verb: number): number | null {
  for (let k = 0; k < verb; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs && !isOblique(units, k) && !placeBeforeNoun(units, k)) return u.ents[0];
  }
  return null;
}

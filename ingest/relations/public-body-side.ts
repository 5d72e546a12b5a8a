import type { EntityIndex } from '../resolve/mentions';

/**
 * Last words of a regulator's or a government body's name ("Food and Drug Administration", "Federal Trade
 * Commission", "Autorité de la concurrence" is read by its first word). Such a body comments on or clears a
 * company's deal; it is never the company a story's pointers and untitled leaders stand for.
 */
const BODY_LAST_WORDS: ReadonlySet<string> = new Set([
  'administration',
  'commission',
  'agency',
  'authority',
  'bureau',
  'department',
  'ministry',
  'office',
  'court',
  'tribunal',
]);
/**
 * First words that head a court, a region or a public body whatever follows ("Tribunal de commerce de Nantes",
 * "Région Auvergne-Rhône-Alpes", "Cour d'appel de Paris", "Préfecture de la Loire").
 */
const BODY_HEAD_WORDS: ReadonlySet<string> = new Set(['tribunal', 'région', 'cour', 'préfecture', 'mairie']);
/** A commission told by its scope after it ("Commission européenne") is a public body, as "European Commission" is. */
const COMMISSION_SCOPES: ReadonlySet<string> = new Set(['européenne', 'nationale', 'fédérale', 'régionale']);
/** First words of a body's name that takes its field after "of"/"de" ("Office of …", "Ministère de …"). */
const BODY_FIRST_WORDS: ReadonlySet<string> = new Set([
  'office',
  'department',
  'ministry',
  'ministère',
  'autorité',
  'commission',
]);

/**
 * Words before a last "office" that make it a private investment firm, not a government office ("Hauser Family
 * Office", "Lothian Private Office"): such a firm buys, backs and is bought like any company.
 */
const PRIVATE_OFFICE_WORDS: ReadonlySet<string> = new Set(['family', 'private', 'multi-family']);

const COMPLEMENT_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'du', 'des', "d'"]);

/** The lower-case words of entity `e`'s first name. */
function nameWords(index: EntityIndex, e: number): string[] {
  return (index.entities[e]?.surfaces[0] ?? '').toLowerCase().split(/\s+/);
}

/** True when entity `e` is named as a public body: a bystander to the story's discourse, weighed as a side party. */
export function isPublicBodyName(index: EntityIndex, e: number): boolean {
  return namesPublicBody(nameWords(index, e));
}

/** True when a name's lower-case words name a public body (`isPublicBodyName`). */
function namesPublicBody(words: string[]): boolean {
  if (words.length < 2) return false;
  // "Office Depot" is a retailer: a first word heads a body only before its "of"/"de" complement
  // a place may come first ("Ohio Department of Development", "U.S. Department of Energy")
  const headsComplement = words.some(
    (w, k) =>
      k < words.length - 1 &&
      BODY_FIRST_WORDS.has(w) &&
      COMPLEMENT_LINKS.has(words[k + 1].replace(/['’].*$/u, "'")),
  );
  const scopedCommission = words[0] === 'commission' && COMMISSION_SCOPES.has(words[1]);
  const last = words[words.length - 1];
  const privateOffice = last === 'office' && PRIVATE_OFFICE_WORDS.has(words[words.length - 2]);
  return (
    (BODY_LAST_WORDS.has(last) && !privateOffice) ||
    headsComplement ||
    BODY_HEAD_WORDS.has(words[0]) ||
    scopedCommission
  );
}

/**
 * Last words a business's name ends on too ("a London ad agency, Hollis Agency", "Brienz Family Office", "a credit
 * bureau", "a port authority's operator"): such a name may be a company that is bought or funded, so only bodies
 * named as departments, ministries, commissions, courts or regions are sure to be government.
 */
const BUSINESS_LAST_WORDS: ReadonlySet<string> = new Set([
  'agency',
  'office',
  'bureau',
  'authority',
  'administration',
]);

/** True when entity `e` is named as a government department, ministry, commission, court or region. */
export function isGovernmentBodyName(index: EntityIndex, e: number): boolean {
  const words = nameWords(index, e);
  return namesPublicBody(words) && !BUSINESS_LAST_WORDS.has(words[words.length - 1]);
}

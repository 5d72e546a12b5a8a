import type { Language } from '../types';
import type { Captures, Unit } from './pattern';
import { MATCH_START } from './pattern';
import { readerRules } from './rule';
import type { UnitContext } from './unit-context';
import { salientOrg } from './discourse-state';
import { DEAL_READER_CONFIDENCE, entsAt, negatedBefore, subjectBefore, wordAt } from './frames/clause';

/**
 * "Rhénalog est tombé dans son escarcelle en octobre", "le grossiste Outilpro, entré dans son giron",
 * "Sunbelt Scan, now part of the group": the company that changes hands is named, its new owner is a pointer. The
 * pointer's owner is never a company the sentence names by its name (that is the one bought): it is the company
 * a pointer earlier in the sentence stood for ("Il intègre X, entré dans son giron"), else the one the last
 * sentence was about, else the article's most salient one.
 */

/** Nouns of a holder's domain after a possessive ("dans son escarcelle", "sous sa bannière"). */
const DOMAIN_NOUNS = /^(escarcelle|giron|bannière|pavillon|coupe|contrôle|control|fold)$/;
/** The word before the possessive: "dans", "sous", "into", "under". */
const DOMAIN_OPENERS = /^(dans|sous|into|under)$/;
/**
 * Verbs of passing to an owner, just before the opener: a company "held under its control" or "sous son contrôle"
 * after a keeping verb stays where it was.
 */
const PASSAGE_VERB = new RegExp(
  '^(' +
    '(tomb|pass|entr|rentr|bascul|arriv)(é|ée|és|ées|e|ent|era|eront|ait|aient)|revenu|revenue|revient|' +
    'fell|falls|fall|falling|came|comes|come|coming|passed|passes|moved|moves|went|goes|brought' +
    ')$',
);
/** Most tokens between the passage verb and the opener ("est finalement tombé en octobre dans"). */
const MAX_VERB_TO_OPENER = 4;
/** English and French possessives of one owner. */
const POSSESSIVES = /^(son|sa|its)$/;
/** "now part of the group", "désormais dans le giron du groupe": words right before a noun pointer's owner. */
const PART_OF = /^(part|partie|giron|escarcelle)$/;
const OF = /^(of|de|du|d')$/;

/** A passage verb stands a few tokens before `opener`. */
function passageBefore(words: string[], opener: number): boolean {
  for (let k = opener - 1; k >= 0 && opener - k <= MAX_VERB_TO_OPENER; k--) {
    if (PASSAGE_VERB.test(words[k])) return true;
    if (words[k] === ',') return false;
  }
  return false;
}

/** The possessive at the context's token opens "son escarcelle" after a passage verb. */
export function isDomainPossessive(c: UnitContext): boolean {
  const { tokens, i } = c;
  if (!POSSESSIVES.test(c.t.lower) || !DOMAIN_NOUNS.test(c.next?.lower ?? '')) return false;
  if (!DOMAIN_OPENERS.test(tokens[i - 1]?.lower ?? '')) return false;
  return passageBefore(
    tokens.map((t) => t.lower),
    i - 1,
  );
}

/** The determiner at the context's token opens the owner after "part of" / "dans le giron de". */
export function isDomainNounPointer(c: UnitContext): boolean {
  const { tokens, i } = c;
  return OF.test(tokens[i - 1]?.lower ?? '') && PART_OF.test(tokens[i - 2]?.lower ?? '');
}

/** The owner a domain pointer stands for, never a company the sentence names by its name; null when none. */
export function domainOwner(c: UnitContext): number | null {
  const named = new Set(c.mentions.map((m) => m.entity));
  const pointed = c.units.find((u) => u.kind === 'ent' && u.anaphor && u.orgs && u.ents.length === 1);
  const state = c.state;
  const candidates = [
    pointed?.kind === 'ent' ? pointed.ents[0] : null,
    state.companyVerbPronounOrg,
    state.pronounOrg,
    salientOrg(state, named),
  ];
  return candidates.find((e) => e !== null && e !== undefined && !named.has(e)) ?? null;
}

/** Words of an apposition that says where a company went: "Y, entré dans son giron", "Y, finalement tombée dans". */
const APPOSED_WORDS =
  /^(finalement|désormais|depuis|déjà|ensuite|puis|récemment|aujourd'hui|passé|passée|tombé|tombée|entré|entrée|rentré|rentrée|dans|sous|en|\d{4})$/;
const MAX_APPOSED_UNITS = 5;

/** The name set off by a comma just before the passage words, or null. */
function apposedBefore(units: Unit[], opener: number): number | null {
  for (let k = opener - 1; k >= 1 && opener - k <= MAX_APPOSED_UNITS; k--) {
    if (wordAt(units, k) === ',') {
      const named = units[k - 1];
      return named?.kind === 'ent' && named.orgs && !named.anaphor ? k - 1 : null;
    }
    if (units[k].kind === 'ent' || !APPOSED_WORDS.test(wordAt(units, k))) return null;
  }
  return null;
}

/** "X est tombé dans [son] escarcelle": the possessive's company acquired the clause's named subject. */
function readPossessiveDomain(units: Unit[], lang: Language): Captures[] {
  void lang;
  const out: Captures[] = [];
  for (let i = 2; i < units.length; i++) {
    const owner = units[i - 1];
    if (!DOMAIN_NOUNS.test(wordAt(units, i)) || owner.kind !== 'ent' || !owner.anaphor || !owner.orgs)
      continue;
    const opener = i - 2;
    if (!DOMAIN_OPENERS.test(wordAt(units, opener)) || negatedBefore(units, opener)) continue;
    const owned = apposedBefore(units, opener) ?? subjectBefore(units, opener);
    if (owned < 0) continue;
    const bought = units[owned];
    if (bought.kind !== 'ent' || bought.anaphor || !bought.orgs) continue;
    const s = owner.ents;
    const t = entsAt(units, owned);
    if (t.length === 0 || s.some((e) => t.includes(e))) continue;
    out.push({ src: s, tgt: t, '#src': [i - 1], '#tgt': [owned], [MATCH_START]: [owned] });
  }
  return out;
}

/** ACQUIRED told by a named company passing into a pointer owner's domain. */
export const ACQUIRED_POSSESSIVE_DOMAIN_FRAMES = readerRules([
  {
    id: 'any.acquired.possessive-domain',
    type: 'ACQUIRED',
    read: readPossessiveDomain,
    neededWordPattern: DOMAIN_NOUNS,
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);

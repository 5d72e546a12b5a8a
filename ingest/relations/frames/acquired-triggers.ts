import type { Language } from '../../types';
import type { Unit } from '../pattern';
import { wordAt } from './clause';
import { isReflexiveTreat, TREAT_VERBS_FR } from './acquired-reflexive-treat';

/**
 * Trigger families of buying, matched by stem so every inflection counts. A verb form may be read actively
 * ("X a racheté Y") or passively ("Y a été racheté par X"); the reader decides from an agent after it.
 */

/** Verbs of buying, any form (a particle follows some: "took over", "snapped up"). */
const VERBS: Record<Language, RegExp> = {
  fr: /^(rach[eè]t(e|es|ent|ons|ez|é|ée|és|ées|er|ait|aient|era|eront|ant)|acqui[eè]r(t|ent)|acqu[ée]r(ir|ait|aient|ant)|acquerr(a|ont)|acquis|acquise|acquises|repren(d|ds|nent|dre|ait|aient|ant|dra|dront)|repris|reprise|reprises|absorb(e|es|ent|é|ée|és|ées|er|ait|era|ant)|croqu(e|ent|é|ée|és|ées|er|ait)|aval(e|ent|é|ée|er|ait)|empar(e|ent|é|ée|er|ait|era))$/,
  en: /^(acquir(e|es|ed|ing)|buy|buys|buying|bought|purchas(e|es|ed|ing)|absorb(s|ed|ing)?|swallow(s|ed|ing)?|takes?|took|taken|taking|snap(s|ped|ping)?|pick(s|ed|ing)?|scoop(s|ed|ing)?|gobbl(e|es|ed|ing)|owned)$/,
};

/** English verbs that buy only with their particle ("took over X", "snapped up X"). */
const NEEDS_PARTICLE_EN =
  /^(takes?|took|taken|taking|snap(s|ped|ping)?|pick(s|ed|ing)?|scoop(s|ed|ing)?|gobbl(e|es|ed|ing))$/;
const PARTICLE_EN = /^(over|up)$/;
/** Forms of "take", the one verb "private" completes ("taken private by X"). */
const TAKE_EN = /^(takes?|took|taken|taking)$/;

/** Forms that can be the participle of a passive ("a été racheté par", "was bought by"). */
const PARTICIPLES: Record<Language, RegExp> = {
  fr: /^(rachet(é|ée|és|ées)|acquis|acquise|acquises|repris|reprise|reprises|absorb(é|ée|és|ées)|croqu(é|ée|és|ées)|aval(é|ée))$/,
  en: /^(acquired|bought|purchased|absorbed|swallowed|taken|snapped|picked|scooped|gobbled|owned)$/,
};

/** "owned" is a purchase only as a state just reached ("is now owned by"). */
const OWNED_NEEDS = /^(now|since)$/;

/** French "s'emparer de X": the object follows "de". */
const OBJECT_AFTER_DE_FR = /^empar/;

/** Nouns of buying; their complement ("de X", "of X") is what is bought. */
const NOUNS: Record<Language, RegExp> = {
  fr: /^(rachat|acquisition|reprise|absorption|intégration)$/,
  en: /^(acquisition|purchase|takeover|buyout|absorption)$/,
};

/** Words before a noun that make its complement the buyer ("la troisième acquisition d'X", "the latest purchase of X"). */
const COUNTED_NOUN =
  /(ième|^(première|premier|nouvelle|dernière|seconde|grosse|plus|first|second|third|fourth|latest|new|biggest|largest|next|previous|another|autre))$/;

/** Words before a noun trigger that make the clause's subject no buyer: it finances, advises or rules on the deal. */
const NOT_THE_BUYER =
  /^(financ|conseill|advis|accompagn|arrang|lend|prêt|refinanc|approuv|approv|autoris|authori|cleared|block|bloqu|oppos|examin|review|investig|enquêt|rumou|étudi|contest|challeng|critiqu|welcom|salu|comment|saisi)/;

export interface Trigger {
  /** Unit of the trigger word. */
  at: number;
  /** Last unit of the trigger (its particle, when it has one). */
  end: number;
  /** The object follows "de" ("s'empare de X"). */
  objectAfterDe: boolean;
  /** The object follows "sur" ("met la main sur X"). */
  objectAfterSur?: boolean;
}

/** "mettre la main sur": any form of the verb, then "la main". */
const PUT_HAND_FR = /^(met|mets|mis|mise|mettre|mettra|mettront|mettent|mettait|mettaient|mettant)$/;

/** Adverbs that may stand between "met" and "la main", and how many. */
const HAND_ADVERBS = /^(cette|fois|enfin|également|aussi|ainsi|donc|déjà|finalement|aujourd'hui|désormais)$/;
const MAX_HAND_ADVERB_UNITS = 2;

/** "X a mis la main (en 2022) sur Y": the trigger runs to "main"; the object follows "sur". */
function handTrigger(units: Unit[], i: number): Trigger | null {
  if (!PUT_HAND_FR.test(wordAt(units, i))) return null;
  // adverbs may stand before "la main" ("met cette fois la main sur", "a enfin mis la main sur")
  for (let k = i + 1; k <= i + 1 + MAX_HAND_ADVERB_UNITS; k++) {
    if (wordAt(units, k) === 'la' && wordAt(units, k + 1) === 'main')
      return { at: i, end: k + 1, objectAfterDe: false, objectAfterSur: true };
    if (units[k]?.kind !== 'tok' || !HAND_ADVERBS.test(wordAt(units, k))) return null;
  }
  return null;
}

/**
 * For the rule screen (`Rule.neededWordPattern`): a word every sentence with a verb trigger holds, in either
 * language (rule lists share the reader across languages).
 */
export const VERB_TRIGGER_WORD = new RegExp(
  `${VERBS.fr.source}|${VERBS.en.source}|${PUT_HAND_FR.source}|${TREAT_VERBS_FR.source}`,
  'u',
);
/** The same for a noun trigger. */
export const NOUN_TRIGGER_WORD = new RegExp(`${NOUNS.fr.source}|${NOUNS.en.source}`, 'u');

/** Determiners that make an English form of "purchase" the noun. */
const NOUN_DETERMINERS_EN = /^(the|a|its|their|his|her|these|those|this|that|such|recent|earlier|prior)$/;

/** A verb of buying at unit `i`, or null. */
export function verbTrigger(units: Unit[], i: number, lang: Language): Trigger | null {
  const w = wordAt(units, i);
  if (lang === 'fr' && PUT_HAND_FR.test(w)) return handTrigger(units, i);
  if (lang === 'fr' && isReflexiveTreat(units, i)) return { at: i, end: i, objectAfterDe: false };
  if (!VERBS[lang].test(w)) return null;
  if (lang === 'en' && NEEDS_PARTICLE_EN.test(w)) {
    const particle = wordAt(units, i + 1);
    // "was taken private by X": a buyout that delists the company is a purchase by X
    const delisted = particle === 'private' && TAKE_EN.test(w);
    return PARTICLE_EN.test(particle) || delisted ? { at: i, end: i + 1, objectAfterDe: false } : null;
  }
  if (w === 'owned' && !OWNED_NEEDS.test(wordAt(units, i - 1))) return null;
  // "la reprise de X" is the noun, read by the noun reader
  if (
    lang === 'fr' &&
    /^reprises?$/.test(w) &&
    /^(la|l'|sa|cette|une|leur|les|ses|des)$/.test(wordAt(units, i - 1))
  )
    return null;
  // "the purchases of A and B" is the noun too: whose purchases is not the clause's subject's to say
  if (lang === 'en' && /^purchases?$/.test(w) && NOUN_DETERMINERS_EN.test(wordAt(units, i - 1))) return null;
  return { at: i, end: i, objectAfterDe: lang === 'fr' && OBJECT_AFTER_DE_FR.test(w) };
}

/** The verb form at `t` may head a passive. */
export function mayBePassive(units: Unit[], t: Trigger, lang: Language): boolean {
  return PARTICIPLES[lang].test(wordAt(units, t.at));
}

/** A noun of buying at unit `i` whose complement opens right after it, or null. */
export function nounTrigger(units: Unit[], i: number, lang: Language): Trigger | null {
  const w = wordAt(units, i);
  if (!NOUNS[lang].test(w)) return null;
  if (COUNTED_NOUN.test(wordAt(units, i - 1))) return null;
  // "le rachat en 2021 du néerlandais Y", "its purchase in 2019 of Y": the year only dates the deal
  const of = /^(en|in)$/.test(wordAt(units, i + 1)) && /^\d{4}$/.test(wordAt(units, i + 2)) ? i + 3 : i + 1;
  if (!/^(of|de|du|d'|des)$/.test(wordAt(units, of))) return null;
  return { at: i, end: i, objectAfterDe: true };
}

/** "la troisième acquisition d'X", "the latest purchase of X": a counted noun of buying at `i`, or null. */
export function countedNounTrigger(units: Unit[], i: number, lang: Language): Trigger | null {
  if (!NOUNS[lang].test(wordAt(units, i)) || !COUNTED_NOUN.test(wordAt(units, i - 1))) return null;
  if (!/^(of|de|du|d')$/.test(wordAt(units, i + 1))) return null;
  return { at: i, end: i, objectAfterDe: true };
}

/** Some word between the subject and a noun trigger makes the subject a financer, adviser or judge of the deal. */
export function subjectIsNoBuyer(units: Unit[], subject: number, trigger: number): boolean {
  for (let k = subject + 1; k < trigger; k++) if (NOT_THE_BUYER.test(wordAt(units, k))) return true;
  return false;
}

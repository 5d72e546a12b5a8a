import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { readerRules } from '../rule';
import { isOblique } from '../syntax';
import { BUYER_NOUN, NEW_OWNER_NOUN, readBuyerNoun } from './acquired-buyer-noun';
import { complementOf, describedByApposition, OF_ANY, reading } from './acquired-ownership-roles';
import { DEAL_READER_CONFIDENCE, isOrgAt, negatedBefore, subjectBefore, wordAt } from './clause';
import { objectAfter } from './clause-object';

/**
 * Ownership reached, told without a buying verb: the new owner becomes the owner ("devient propriétaire de Y",
 * "became the owner of Y"), the company bought changes hands ("Y passe aux mains de X", "Y came under the
 * control of X") or joins the owner's group ("Y rejoint le groupe X", "Y has joined the X group"), and a present
 * ownership dated by its purchase ("Y, filiale de X depuis son rachat", "Y had been owned by X since it bought").
 */

/** Units after the image within which its owner is named. */
const OWNER_WINDOW_UNITS = 6;
/** Units between "devenir" and "propriétaire" (a determiner and an adjective: "le nouveau", "l'unique"). */
const BECOME_WINDOW_UNITS = 3;

/** Any form of becoming; the subject is the new owner. */
const BECOME: Record<Language, RegExp> = {
  fr: /^(devient|deviennent|devenu|devenue|devenus|deviendra|deviendront|devenir|devenant)$/,
  en: /^(become|becomes|became|becoming)$/,
};
const OWNER_NOUN: Record<Language, RegExp> = {
  fr: /^(propriétaire|propriétaires)$/,
  en: /^(owner|owners)$/,
};

/** The verb of becoming a few units before the owner noun at `i`, or -1. */
function becomingBefore(units: Unit[], i: number, lang: Language): number {
  for (let k = i - 1; k >= 0 && i - k <= BECOME_WINDOW_UNITS; k--) {
    if (BECOME[lang].test(wordAt(units, k))) return k;
    if (units[k].kind === 'ent') return -1;
  }
  return -1;
}

/** "X devient (le nouveau) propriétaire de Y", "X became the sole owner of Y". */
function readBecomesOwner(units: Unit[], i: number, lang: Language): Captures | null {
  if (!OWNER_NOUN[lang].test(wordAt(units, i)) || !OF_ANY.test(wordAt(units, i + 1))) return null;
  const verb = becomingBefore(units, i, lang);
  if (verb < 0 || negatedBefore(units, verb)) return null;
  const owned = objectAfter(units, i, { crossing: OF_ANY, maxUnits: OWNER_WINDOW_UNITS });
  const owner = subjectBefore(units, verb);
  return owned >= 0 && owner >= 0 ? reading(units, owner, owned, owner) : null;
}

/** Verbs of passing into another's hands ("passe aux mains de", "tombe entre les mains de", "came under"). */
const PASS: Record<Language, RegExp> = {
  fr: /^(passe|passent|passé|passée|passés|passées|passera|passeront|passait|tombe|tombent|tombé|tombée|tombés|tombées|tombera)$/,
  en: /^(come|comes|came|coming|fall|falls|fell|fallen|falling|pass|passes|passed|passing)$/,
};

/** The index of the hands/control noun the passing verb at `i` leads to, or -1. */
function handsNoun(units: Unit[], i: number, lang: Language): number {
  const w1 = wordAt(units, i + 1);
  const w2 = wordAt(units, i + 2);
  const w3 = wordAt(units, i + 3);
  if (lang === 'fr') {
    if (w1 === 'aux' && w2 === 'mains') return i + 2;
    if (w1 === 'sous' && w2 === 'le' && w3 === 'contrôle') return i + 3;
    if (w1 === 'entre' && w2 === 'les' && w3 === 'mains') return i + 3;
    return -1;
  }
  if ((w1 === 'under' || w1 === 'into') && w2 === 'the' && /^(control|hands|ownership)$/.test(w3))
    return i + 3;
  return -1;
}

/** "Y passe aux mains de X", "Y, …, passe sous le contrôle de X", "Y came under the control of X". */
function readChangesHands(units: Unit[], i: number, lang: Language): Captures | null {
  if (!PASS[lang].test(wordAt(units, i)) || negatedBefore(units, i)) return null;
  const noun = handsNoun(units, i, lang);
  if (noun < 0 || !OF_ANY.test(wordAt(units, noun + 1))) return null;
  const owner = objectAfter(units, noun, { crossing: OF_ANY, maxUnits: OWNER_WINDOW_UNITS });
  const owned = subjectBefore(units, i);
  return owner >= 0 && owned >= 0 ? reading(units, owner, owned, owned) : null;
}

/** Verbs of joining; only a group joined is an owner ("rejoint le groupe X", "joined the X group"). */
const JOIN: Record<Language, RegExp> = {
  fr: /^(rejoint|rejoignent|rejoindra|rejoindront|rejoindre|rejoignait|intègre|intègrent|intégré|intégrée|intégrés|intégrées|intégrera|intégreront|intégrer)$/,
  en: /^(join|joins|joined|joining)$/,
};
const GROUP_NOUN = /^(groupe|group|family|famille|galaxie|stable|écurie)$/;

/** French joining verbs that take their group as a direct object ("rejoint le groupe X"). */
const JOIN_DIRECT_FR = /^(rejoint|rejoignent|rejoindra|rejoindront|rejoindre|rejoignait)$/;

/** The owner named by the group phrase after the joining verb at `i`, or -1. */
function groupJoined(units: Unit[], i: number, lang: Language): number {
  if (lang === 'fr') {
    // the units fold "le groupe" into the name: "rejoint [le groupe X]", "intégrée [au groupe X]"
    if (JOIN_DIRECT_FR.test(wordAt(units, i))) return isOrgAt(units, i + 1) ? i + 1 : -1;
    // "intègre X" may be either side's move; only the participle with "à" says who joined whom
    if (!/^intégré/.test(wordAt(units, i)) || !/^(au|à)$/.test(wordAt(units, i + 1))) return -1;
    return isOrgAt(units, i + 2) ? i + 2 : -1;
  }
  // "joined the X group", "joins the group X"
  if (wordAt(units, i + 1) !== 'the') return -1;
  if (isOrgAt(units, i + 2) && GROUP_NOUN.test(wordAt(units, i + 3))) return i + 2;
  if (GROUP_NOUN.test(wordAt(units, i + 2)) && isOrgAt(units, i + 3)) return i + 3;
  return -1;
}

/** An infinitive of joining after its preposition ("avant de rejoindre", "pour intégrer", "before joining"). */
const JOIN_INFINITIVE = /^(rejoindre|intégrer|joining|join)$/;
const BEFORE_INFINITIVE = /^(de|d'|pour|before|after|to)$/;

/**
 * "P avait cofondé la start-up Y, …, avant de rejoindre X en 2019": an infinitive's subject is the sentence's, and
 * when a person is named before the company found as the joiner, that person joins X (a hire), not Y.
 */
function personJoinsByInfinitive(units: Unit[], i: number, owned: number): boolean {
  if (!JOIN_INFINITIVE.test(wordAt(units, i)) || !BEFORE_INFINITIVE.test(wordAt(units, i - 1))) return false;
  return units.slice(0, owned).some((u) => u.kind === 'ent' && u.persons && !u.orgs);
}

/** "Y rejoint le groupe X", "Y has joined the X group": Y is bought by X. */
function readJoinsGroup(units: Unit[], i: number, lang: Language): Captures | null {
  if (!JOIN[lang].test(wordAt(units, i)) || negatedBefore(units, i)) return null;
  const owner = groupJoined(units, i, lang);
  if (owner < 0) return null;
  const owned = subjectBefore(units, i);
  // "Ex-X, P rejoint Y": a person joining is a hire, not a deal
  if (owned < 0 || units.slice(owned + 1, i).some((u) => u.kind === 'ent' && u.persons)) return null;
  if (personJoinsByInfinitive(units, i, owned)) return null;
  return reading(units, owner, owned, owned);
}

/** A subsidiary noun; with "depuis son rachat" / "since its acquisition" after its owner it dates a purchase. */
const SUBSIDIARY = /^(filiale|subsidiary|unit)$/;
const SINCE = /^(depuis|since)$/;
const OWNED_SINCE = /^(owned|détenu|détenue|détenus|détenues)$/;
const PURCHASE_AFTER_SINCE =
  /^(rachat|acquisition|reprise|intégration|purchase|takeover|buyout|bought|acquired|purchased|racheté|rachetée|repris|reprise)$/;
/** Units after "depuis"/"since" within which the purchase is named ("since it bought", "depuis son rachat"). */
const PURCHASE_WINDOW_UNITS = 3;

/** "depuis son rachat", "since it bought", "since its acquisition" right after the owner at `owner`. */
function purchaseDated(units: Unit[], owner: number): boolean {
  if (!SINCE.test(wordAt(units, owner + 1))) return false;
  for (let k = owner + 2; k <= owner + 1 + PURCHASE_WINDOW_UNITS; k++)
    if (PURCHASE_AFTER_SINCE.test(wordAt(units, k))) return true;
  return false;
}

/** "Y, filiale du groupe X depuis son rachat en 2022", "Y, a subsidiary of X since its takeover in 2019". */
function readSubsidiarySince(units: Unit[], i: number): Captures | null {
  if (!SUBSIDIARY.test(wordAt(units, i))) return null;
  const owner = complementOf(units, i);
  if (owner < 0 || !purchaseDated(units, owner)) return null;
  const owned = describedByApposition(units, i);
  return owned >= 0 ? reading(units, owner, owned, owned) : null;
}

/** "Y had been owned by X since it bought the label in 2019", "Y, détenu par X depuis son rachat". */
function readOwnedSince(units: Unit[], i: number): Captures | null {
  if (!OWNED_SINCE.test(wordAt(units, i))) return null;
  if (!/^(by|par)$/.test(wordAt(units, i + 1))) return null;
  // the owner right after "by": a search would take "X since it" for a descriptor of "it"
  const owner = isOrgAt(units, i + 2) ? i + 2 : -1;
  if (owner < 0 || !purchaseDated(units, owner)) return null;
  const owned = subjectBefore(units, i);
  return owned >= 0 ? reading(units, owner, owned, owned) : null;
}

/** "Y devient une filiale du groupe X": Y is bought by X. */
function readBecomesSubsidiary(units: Unit[], i: number, lang: Language): Captures | null {
  if (lang !== 'fr' || !/^filiales?$/.test(wordAt(units, i))) return null;
  const verb = becomingBefore(units, i, lang);
  if (verb < 0 || negatedBefore(units, verb)) return null;
  const owner = complementOf(units, i);
  const owned = subjectBefore(units, verb);
  return owner >= 0 && owned >= 0 ? reading(units, owner, owned, owned) : null;
}

/** Ownership said to be new: "Y appartient désormais au groupe X", "Y now belongs to X", "X now owns Y". */
const BELONGS: Record<Language, RegExp> = {
  fr: /^(appartient|appartiennent)$/,
  en: /^(belongs|belong)$/,
};
const NOW_OWNS = /^(owns|controls)$/;
const NOW: Record<Language, RegExp> = { fr: /^(désormais|dorénavant)$/, en: /^now$/ };

/**
 * "X also owns discount chain Y", "X, which already owns Y", "Il détient aussi le parfumeur Y": a company held
 * beside the one the text is about; the adverb keeps out "owns 20% of Y" and "owns the rights to Y".
 */
const ALSO_OWNS: Record<Language, RegExp> = { en: /^(owns|controls)$/, fr: /^(détient|possède)$/ };
const ALSO: Record<Language, RegExp> = {
  en: /^(now|also|already)$/,
  fr: /^(aussi|également|déjà|désormais)$/,
};
/** Most lower-case words of a descriptor before the company held ("Dutch parcel firm", "le parfumeur niçois"). */
const MAX_HELD_DESCRIPTOR_UNITS = 4;
/** Words a descriptor cannot hold: they open a stake, a share or a phrase. */
const NOT_HELD_DESCRIPTOR =
  /^(of|in|de|du|des|d'|dans|stake|stakes|shares|share|participation|parts|actions|titres|capital|rights|droits|%|and|et|or|ou|to|à|au)$/;

/** The company held after the verb at `i`, past a short descriptor, or -1. */
function heldAfter(units: Unit[], i: number, lang: Language): number {
  const first = lang === 'fr' ? i + 2 : i + 1;
  for (let k = first; k < units.length && k - first <= MAX_HELD_DESCRIPTOR_UNITS; k++) {
    if (isOrgAt(units, k)) return isOblique(units, k) ? -1 : k;
    const u = units[k];
    if (u.kind !== 'tok' || u.token.kind !== 'word' || NOT_HELD_DESCRIPTOR.test(u.token.lower)) return -1;
    if (!/^\p{Ll}/u.test(u.token.text) && !(lang === 'en' && /^\p{Lu}\p{Ll}+$/u.test(u.token.text)))
      return -1;
  }
  return -1;
}

function readNowOwned(units: Unit[], i: number, lang: Language): Captures | null {
  const w = wordAt(units, i);
  // English puts the adverb before the verb ("also owns"), French after it ("détient aussi")
  const adverb = lang === 'en' ? i - 1 : i + 1;
  // "also controls" is as often an operator's hold on a venue or a listed affiliate: only "now controls" reads
  const also =
    ALSO[lang].test(wordAt(units, adverb)) && (w !== 'controls' || NOW.en.test(wordAt(units, adverb)));
  if (ALSO_OWNS[lang].test(w) && also) {
    if (negatedBefore(units, Math.min(i, adverb))) return null;
    const held = heldAfter(units, i, lang);
    if (held < 0) return null;
    const owner = subjectBefore(units, Math.min(i, adverb));
    return owner >= 0 && owner < i ? reading(units, owner, held, owner) : null;
  }
  if (!BELONGS[lang].test(w) || negatedBefore(units, i)) return null;
  // "appartient désormais au groupe X", "now belongs to X"
  const nowBefore = NOW[lang].test(wordAt(units, i - 1));
  const nowAfter = NOW[lang].test(wordAt(units, i + 1));
  if (!nowBefore && !nowAfter) return null;
  const to = nowAfter ? i + 2 : i + 1;
  if (!/^(à|au|aux|to)$/.test(wordAt(units, to)) || !isOrgAt(units, to + 1)) return null;
  const owned = subjectBefore(units, nowBefore ? i - 1 : i);
  return owned >= 0 ? reading(units, to + 1, owned, owned) : null;
}

function readOwnership(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length; i++) {
    const c =
      readBecomesOwner(units, i, lang) ??
      readChangesHands(units, i, lang) ??
      readJoinsGroup(units, i, lang) ??
      readSubsidiarySince(units, i) ??
      readOwnedSince(units, i) ??
      readBuyerNoun(units, i) ??
      readBecomesSubsidiary(units, i, lang) ??
      readNowOwned(units, i, lang);
    if (c) out.push(c);
  }
  return out;
}

/** ACQUIRED told by ownership reached or dated by its purchase (both languages). */
export const ACQUIRED_OWNERSHIP_FRAMES = readerRules([
  {
    id: 'any.acquired.frame-ownership',
    type: 'ACQUIRED',
    read: readOwnership,
    // every reading opens on one of these words at its unit `i`
    neededWordPattern: new RegExp(
      [
        ...Object.values(OWNER_NOUN),
        ...Object.values(PASS),
        ...Object.values(JOIN),
        SUBSIDIARY,
        OWNED_SINCE,
        BUYER_NOUN,
        NEW_OWNER_NOUN,
        /^filiales?$/,
        NOW_OWNS,
        ...Object.values(ALSO_OWNS),
        ...Object.values(BELONGS),
      ]
        .map((re) => `(?:${re.source})`)
        .join('|'),
      'u',
    ),
    source: 'src',
    target: 'tgt',
    confidence: DEAL_READER_CONFIDENCE,
  },
]);

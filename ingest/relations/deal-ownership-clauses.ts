import { rules } from './rule';

/**
 * An owner told outside the main clause, in both languages: a fronted participle of buying or holding ("Bought by X
 * in 2021, Y …", "Contrôlée depuis 2018 par le fonds X, …, Y …", "Passé sous le contrôle de X en 2018, le groupe
 * …"), a holding passive whose subject carries a relative first ("Y, qui emploie 340 salariés, est contrôlé depuis
 * 2018 par X", "Y, which has been majority-owned by X since 2020, …") and "Y, which became part of X". Plain
 * belonging ("Y appartient au groupe X", "Y is part of X") is no deal; "is now part of" is the membership frame's.
 * Holding is ACQUIRED as for
 * `*.acquired.controlled-by`: a stake below half, when told, makes it a funding (mayBeMinority).
 */

/**
 * A fronted participle opens the sentence (at most after an opening quote, a colon or a dash): mid-sentence it
 * qualifies the name before it ("three companies owned by P, A, B and C"), so any other word before refuses it.
 */
const NOT_FRONTED = /^(?![«"“:—–-]$)/u;

const HELD_FR = '(contrôlé|contrôlée|contrôlés|contrôlées|détenu|détenue|détenus|détenues)';
/** "depuis 2018", "majoritairement", "à 100 %": the words that make "détenu par" a company's owner, not a title's. */
const HOLDING_HOW_FR = '(depuis|majoritairement|entièrement|intégralement|à)';
const HELD_EN = '(controlled|owned|majority-owned|wholly-owned)';

/** A noun of belonging: with a start in time ("depuis 2017", "since its purchase") it tells of a past takeover. */
const OWNED_NOUN_FR = '(propriété|filiale)';
const OWNED_NOUN_EN = '(subsidiary|unit|division|part|property)';
/** What follows "depuis"/"since" to date the ownership: a year, the purchase itself, a season of a year. */
const OWNED_SINCE_FR =
  "depuis (\\d{4}|son|sa|leur|fin|début|mi-\\d{4}|l'|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";
const OWNED_SINCE_EN =
  'since (\\d{4}|its|it|late|early|mid-\\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)';

export const DEAL_OWNERSHIP_CLAUSE_RULES = rules([
  {
    id: 'fr.acquired.owned-since-apposed',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "Calorix, filiale du conglomérat allemand Brenner-Hoff depuis 2017", "Y, propriété du fonds X depuis 2021"
    pattern: `@tgt , ?(désormais|aujourd'hui) ${OWNED_NOUN_FR} (de|du|d'|des) ~3! @!src ~3! ${OWNED_SINCE_FR}`,
    source: 'src',
    target: 'tgt',
    namedTarget: true,
    confidence: 0.6,
  },
  {
    id: 'fr.acquired.owned-since-fronted',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "Propriété du fonds Ardent Capital depuis 2021, le concurrent Sermat Défense …"
    pattern: `${OWNED_NOUN_FR} (de|du|d'|des) ~3! @!src ~3! ${OWNED_SINCE_FR} ~8 , ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    notAfter: NOT_FRONTED,
  },
  {
    id: 'en.acquired.owned-since-apposed',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "Sermat, a subsidiary of Ardent Capital since 2021, …", "Y, part of X since its takeover in 2019"
    pattern: `@tgt , ?(now) ?(a|an|the) ?(wholly-owned|majority-owned|wholly|majority) ?(owned) ${OWNED_NOUN_EN} of ~3! @!src ~3! ${OWNED_SINCE_EN}`,
    source: 'src',
    target: 'tgt',
    namedTarget: true,
    confidence: 0.6,
  },
  {
    id: 'en.acquired.owned-since-fronted',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "A subsidiary of Ardent Capital since 2021, Sermat …", "Part of X since 2019, Y …"
    pattern: `?(a|an|the) ?(wholly-owned|majority-owned) ${OWNED_NOUN_EN} of ~3! @!src ~3! ${OWNED_SINCE_EN} ~8 , ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    notAfter: NOT_FRONTED,
  },
  {
    id: 'en.acquired.fronted-passive',
    type: 'ACQUIRED',
    pattern: `(acquired|bought|purchased|taken) ?over ?(in|since) ?(\\d{4}) by ~3! @src ?(in|since|last) ?(\\d{4}|year) ~10 , ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
    notAfter: NOT_FRONTED,
  },
  {
    id: 'en.acquired.fronted-held',
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `${HELD_EN} (since|by) ?(\\d{4}) ?by ~3! @src ?(since) ?(\\d{4}) ~10 , ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    notAfter: NOT_FRONTED,
  },
  {
    id: 'en.acquired.held-by-after-relative',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "Y, which has been majority-owned by X since 2020, …": the aux pair the plain controlled-by rule lacks
    pattern: `@tgt , (which|that) (is|was|has|had) (been|now) ?(been) ${HELD_EN} ?(since) ?(\\d{4}) by ~3! @@src`,
    source: 'src',
    target: 'tgt',
    // a descriptor with a relative before its verb ("L'éditeur, qui publie …, est détenu") is too far to resolve
    namedTarget: true,
    confidence: 0.55,
  },
  {
    id: 'en.acquired.became-part-of',
    type: 'ACQUIRED',
    pattern: `@tgt ?, ?(which|that) ?(has|had) (became|become|becomes) part of ~2! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'fr.acquired.fronted-held',
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `${HELD_FR} ${HOLDING_HOW_FR} ~3! par ~3! @src ~12 , ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    notAfter: NOT_FRONTED,
  },
  {
    // "Passée en 2021 sous le contrôle de X, la société …": a year may date the passage before "sous"
    id: 'fr.acquired.fronted-under-control',
    type: 'ACQUIRED',
    pattern: `(passé|passée|passés|passées|tombé|tombée|tombés|tombées|entré|entrée|entrés|entrées) ?(en|dès|fin|début) ?(\\d{4}) (sous|dans) ~2 (contrôle|escarcelle|giron) (de|du|d'|des) ~3! @src ~12 , ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
    notAfter: NOT_FRONTED,
  },
  {
    id: 'fr.acquired.held-by-after-relative',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "Y, qui emploie 340 salariés, est contrôlé depuis 2018 par le fonds X"
    pattern: `@tgt , qui ~10 , (est|était|sera) ?(lui-même|elle-même|désormais) ${HELD_FR} ${HOLDING_HOW_FR} ~3! par ~3! @@src`,
    source: 'src',
    target: 'tgt',
    // a descriptor with a relative before its verb ("L'éditeur, qui publie …, est détenu") is too far to resolve
    namedTarget: true,
    confidence: 0.55,
  },
]);

import { rules } from '../rule';

/**
 * A minority holding told from the company held, in its own aside: "Voltaïa, dont le fonds canadien A détient 30 %",
 * "Y, dont A est actionnaire depuis 2021", "L'entreprise est détenue à 35 % par A et à 10 % par B", "Y, 40%-owned by
 * A", "Y, which is 38 per cent owned by A", "Y, in which A holds a 12% stake". Being a shareholder is having funded
 * the company (GOLD-FORMAT: a minority stake); a holding above half is control, left to the purchase rules
 * (`stake: 'minority'`), and the company is the one the aside hangs on, never the article's guess.
 */

/** Verbs of holding. */
const HOLDS_FR = '(détient|détiennent|détenait|détenaient|possède|possèdent|possédait|possédaient)';
/** Adverbs before the verb ("dont A détient déjà 30 %"). */
const STILL_FR = '(aussi|également|déjà|encore|toujours)';
/** A percentage in French ("30 %", "30 pour cent", "12,5 %"). */
const PERCENT_FR = '\\d+([.,]\\d+)? (%|pour) ?(cent)';
/** Participles of being held, agreeing with the company. */
const HELD_FR = '(détenu|détenue|détenus|détenues|contrôlé|contrôlée)';
/** Nouns of a holder that is not said to control. */
const HOLDER_FR = '(actionnaire|actionnaires|investisseur|investisseurs)';
/** Holders whose noun says control: left to the purchase rules. */
const NOT_CONTROL_FR = '!>(majoritaire|majoritaires|unique|principal|principaux|majoritairement)';
/** A percentage in English ("40%", "38 per cent", "12 pct"). */
const PERCENT_EN = '\\d+([.,]\\d+)? ?(per) (%|percent|pct|cent)';
const ABOUT_EN = '(about|around|some|nearly|almost|roughly|approximately|just)';
/**
 * Groups of people of a company ("détenu à 45 % par ceux de Solvéo", "par les actionnaires de B", "owned by the
 * shareholders of B"): the holders are B's owners or staff, not B. The gap before the holder does not cross them.
 */
const HOLDER_GROUPS_FR =
  '(ceux|celles|actionnaires|associés|salariés|fondateurs|dirigeants|porteurs|détenteurs)';
const HOLDER_GROUPS_EN =
  '(those|shareholders|stockholders|holders|employees|staff|founders|managers|management)';

export const FR_HELD_BY_RULES = rules([
  {
    id: 'fr.funded.whose-holder-holds',
    type: 'FUNDED',
    pattern: `@tgt , dont ~4! **src ?(,) ?${STILL_FR} ${HOLDS_FR} ?${STILL_FR} ~3! ${PERCENT_FR}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
  {
    id: 'fr.funded.whose-holder-is',
    type: 'FUNDED',
    pattern: `@tgt , dont ~4! **src (est|était|sont|étaient|reste|restent) ?${STILL_FR} ?(l'|un|le|les|l'un) ?(des) ${HOLDER_FR} ${NOT_CONTROL_FR}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
  {
    id: 'fr.funded.held-at-by',
    type: 'FUNDED',
    pattern: `@tgt ~6! ${HELD_FR} ?(depuis) ?(\\d{4}) à ?(hauteur) ?(de) ${PERCENT_FR} par ~4!^${HOLDER_GROUPS_FR} **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
  {
    id: 'fr.funded.held-at-by-second',
    type: 'FUNDED',
    // "… détenue à 35 % par A, dont l'associé P siège au conseil, et à 10 % par B": the second holder
    pattern: `@tgt ~6! ${HELD_FR} ?(depuis) ?(\\d{4}) à ${PERCENT_FR} par ~20 ?(,) et à ${PERCENT_FR} par ~4!^${HOLDER_GROUPS_FR} **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.55,
    stake: 'minority',
  },
]);

export const EN_HELD_BY_RULES = rules([
  {
    id: 'en.funded.percent-owned-by',
    type: 'FUNDED',
    pattern: `@tgt , ?(which|that) ?(is|was) ?${ABOUT_EN} ${PERCENT_EN} ?(-) (owned|held) by ~4!^${HOLDER_GROUPS_EN} **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
  {
    id: 'en.funded.in-which-holds',
    type: 'FUNDED',
    pattern: `@tgt , in which ~3! **src ?(already|also|still) (holds|owns|has|held|owned|retains) (a|an) ~4! (stake|interest|holding|shareholding)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
]);

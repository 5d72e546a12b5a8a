/**
 * A giver told first by what it holds, then named after a comma: "par l'actionnaire de référence du groupe, le fonds
 * B", "de son actionnaire majoritaire, B", "from Harwick's majority owner, private equity firm B", "from its parent,
 * B". The name after the comma is the one who puts the money in; the holder noun only says why it does. These
 * fragments go right before a rule's giver slot (`**src`), in place of the short descriptor a bare giver takes.
 */

/** French determiners of the holder noun ("l'actionnaire", "son actionnaire", "sa maison mère"). */
const OWNER_DET_FR = "(l'|le|la|son|sa|leur|leurs)";
/** French nouns of a company's holder. */
const OWNER_NOUN_FR = '(actionnaire|actionnaires|propriétaire|propriétaires|maison|société-mère)';
/**
 * Most units from the holder noun to the comma before the name ("de référence du groupe", "majoritaire de
 * Stelvia", "mère"): a loose gap, so an oblique name ("de Stelvia") is stepped over.
 */
const OWNER_COMPLEMENT_UNITS = 5;
/** Most lower-case words between the comma and the name ("le fonds", "le family office"). */
const NAMED_OWNER_DESCRIPTOR_WORDS = 3;

/** "l'actionnaire de référence du groupe, le fonds" up to the named giver. */
export const OWNER_DESCRIBED_FR = `${OWNER_DET_FR} ?(principal|premier|nouvel) ${OWNER_NOUN_FR} ~${OWNER_COMPLEMENT_UNITS} , ~${NAMED_OWNER_DESCRIPTOR_WORDS}!`;

/** Most words between the holder noun and the "de" of the company it holds ("de référence"). */
const OWNER_RANK_WORDS_FR = 3;

/** "l'actionnaire de référence de" up to the company held, then `OWNER_NAMED_TAIL_FR` up to the giver. */
export const OWNER_OF_NAMED_FR = `${OWNER_DET_FR} ?(principal|premier|nouvel) ${OWNER_NOUN_FR} ~${OWNER_RANK_WORDS_FR}! (de|d'|du)`;
/** After the company held: ", le fonds" up to the named giver. */
export const OWNER_NAMED_TAIL = `, ~${NAMED_OWNER_DESCRIPTOR_WORDS}!`;

/** English ranks of a holder ("majority owner", "largest shareholder"). */
const OWNER_RANK_EN = '(majority|controlling|main|largest|biggest|principal|existing|private|equity)';
/** English nouns of a company's holder. */
const OWNER_NOUN_EN = '(owner|owners|shareholder|shareholders|parent|backer|backers|investor|investors)';

/** "its majority owner, private equity firm" up to the named giver (the holder told by a pronoun or "the"). */
export const OWNER_DESCRIBED_EN = `(its|their|the) ?${OWNER_RANK_EN} ?${OWNER_RANK_EN} ${OWNER_NOUN_EN} , ~${NAMED_OWNER_DESCRIPTOR_WORDS}!`;

/** After a named holder's possessive ("Harwick's majority owner, private equity firm"), up to the named giver. */
export const OWNER_OF_NAMED_EN = `('s|’s) ?${OWNER_RANK_EN} ?${OWNER_RANK_EN} ${OWNER_NOUN_EN} , ~${NAMED_OWNER_DESCRIPTOR_WORDS}!`;

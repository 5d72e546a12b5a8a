import { rules } from '../rule';

/**
 * An investor's earlier bets listed after a backing verb: "The fund has also backed A and B", "Oakmere also backs
 * garden-centre group A". The verb must be active (no "by" after it) and its object a company named within a few
 * words, not a deal ("backed the merger of A") nor a possessive ("backed A's offer"). And the portfolio an investor
 * lists: "X's portfolio includes A and B", "Le portefeuille de X compte notamment A et B" (a pointer
 * owner, "Its portfolio", is not read: it may land on another investor of the article).
 */

/** Verbs of a portfolio holding its companies. */
const PORTFOLIO_HOLDS_EN = '(includes|included|include|comprises|spans)';
const PORTFOLIO_HOLDS_FR = '(compte|comptait|comprend|comprenait|inclut|réunit)';

/** Active backing verbs of an investor. */
const BACKS_EN = '(backed|backs|bankrolled|funded|financed)';
/** Nouns describing an investor in apposition ("the London investor that also backs …"). */
const INVESTOR_NOUN_EN = '(investor|firm|fund|group|lender|bank|backer|office|vc|house|manager|investors)';
/**
 * A reporting verb right after the relative's list: "X, which backed A, B Corp said" — the last member was the next
 * clause's subject, so the list is read again without it (the list reader keeps its bare-comma stops).
 */
const REPORT_VERB_EN = '(said|says|told|added|announced|reported|confirmed|noted)';
/** Most words of the object's description before its name ("music-licensing platform"). */
const OBJECT_DESCRIPTION_WORDS = 4;

export const EN_PAST_BACKING_RULES = rules([
  {
    id: 'en.funded.also-backed',
    type: 'FUNDED',
    pattern: `@src ?(has|have|had) (also|previously|already) ?(has|have|had) ${BACKS_EN} !>by !>{3}(plans|plan|deal|deals|bid|bids|offer|offers|proposal|proposals|merger|mergers|move|moves|idea) ~${OBJECT_DESCRIPTION_WORDS}! @@tgt !>('s|’s)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
  {
    id: 'en.funded.also-backed-aside',
    type: 'FUNDED',
    // "A, which started investing in 2024, has also bankrolled B and C": the investor's own aside before its verb
    pattern: `@src , (which|who) ~8! , ?(has|have|had) (also|previously|already) ?(has|have|had) ${BACKS_EN} !>by !>{3}(plans|plan|deal|deals|bid|bids|offer|offers|proposal|proposals|merger|mergers|move|moves|idea) ~${OBJECT_DESCRIPTION_WORDS}! @@tgt !>('s|’s)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
  {
    id: 'en.funded.relative-also-backs',
    type: 'FUNDED',
    // "Northgate, which also backs accounting platform Sumly, first invested …", "Elmstone, which backed A and B at
    // seed stage, raised …": the record told in the relative
    // (not "who": after a company it is a person's relative, "… of group P, who backed the company as an angel")
    pattern: `@src , (which|that) ?(has|have|had) ?(also|previously|already|first) ?(has|have|had) ${BACKS_EN} !>by !>{3}(plans|plan|deal|deals|bid|bids|offer|offers|proposal|proposals|merger|mergers|move|moves|idea) ~${OBJECT_DESCRIPTION_WORDS}! @@tgt !>('s|’s) !>${REPORT_VERB_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
  {
    id: 'en.funded.described-investor-also-backs',
    type: 'FUNDED',
    // "raised €30mn from Tiverton Growth, the London investor that also backs the shoe brand Maréla"
    pattern: `@src , (the|a|an) ~3! ${INVESTOR_NOUN_EN} (which|who|that) ?(has|have|had) (also|previously|already) ?(has|have|had) ${BACKS_EN} !>by !>{3}(plans|plan|deal|deals|bid|bids|offer|offers|proposal|proposals|merger|mergers|move|moves|idea) ~${OBJECT_DESCRIPTION_WORDS}! @@tgt !>('s|’s) !>${REPORT_VERB_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
]);

export const EN_PORTFOLIO_LIST_RULES = rules([
  {
    id: 'en.funded.portfolio-includes',
    type: 'FUNDED',
    pattern: `@src ('s|’s) portfolio ?(companies) ?(now|also|already) ${PORTFOLIO_HOLDS_EN} ~4! @@tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
]);

export const FR_PORTFOLIO_LIST_RULES = rules([
  {
    id: 'fr.funded.already-invested-list',
    type: 'FUNDED',
    // "X avait déjà investi dans A et dans la plateforme B": a past bet told with an adverb of earlier times lists
    // companies (a bare "investit dans A et B" may go on to places or sectors, so it keeps to its first name)
    pattern: `@src ?(avait|a|ont|avaient) (déjà|précédemment|auparavant) ?(notamment) (investi) ?(notamment) (dans) ~3! @@tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    namedSource: true,
    stake: 'minority',
  },
  {
    id: 'fr.funded.portfolio-includes',
    type: 'FUNDED',
    pattern: `portefeuille ?(actuel) (de|du|d') @src ${PORTFOLIO_HOLDS_FR} ?(notamment|déjà|aussi|également) ~4! @@tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
]);

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

/*
 * Earlier bets told as a counted set of companies, then the named examples: "X has backed several automation
 * companies, including picking-arm maker A", "X, which is led by P, has taken minority stakes in three biotech
 * companies this year, including B", "X a investi dans une dizaine de start-up industrielles, dont A et B". Only
 * nouns of companies close the set: "has invested in three countries, including France" names no company.
 */
/**
 * Verbs of an investor's bets, the stake words that may follow them, and the nouns of the companies. Buying verbs
 * are left out ("has acquired three companies, including A" is a takeover record), and so is "taken over".
 */
const BETS_EN = '(backed|funded|financed|invested|taken|took)';
/** Words after "taken" / "took" that make it no bet ("has taken over several companies", "took control of"). */
const NOT_A_BET_EN = '(over|control|part|charge|private|public)';
const STAKE_EN = '(minority|small|equity)';
const STAKES_EN = '(stakes|stake|positions|holdings)';
const COMPANIES_EN = '(companies|startups|start-ups|firms|businesses|makers|developers|ventures)';
const EXAMPLES_EN = '(including|notably)';
/** Most words between the preposition and the company noun ("three biotech", "a dozen European"). */
const COUNT_WORDS = 4;
/** Most words after the company noun before the examples ("this year", "in Europe"). */
const AFTER_SET_WORDS = 3;
/** Most words of the investor's own aside around a name it holds ("which is led by P", "which manages $4 billion"). */
const ASIDE_WORDS = 6;
const BETS_FR = '(investi|pris|misé|soutenu|financé|accompagné)';
const COMPANIES_FR = '(start-up|startups|start-ups|entreprises|sociétés|pme|jeunes|pousses)';
const EXAMPLES_FR = '(dont|notamment)';

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

/** The set of bets after a verb, written once for both the plain and the aside subjects. */
const SET_OF_BETS_EN = `${BETS_EN} !>${NOT_A_BET_EN} ?${STAKE_EN} ?${STAKES_EN} ?(in) ~${COUNT_WORDS}! ${COMPANIES_EN} ~${AFTER_SET_WORDS}! , ${EXAMPLES_EN} ~${OBJECT_DESCRIPTION_WORDS}! @@tgt`;

export const EN_PORTFOLIO_LIST_RULES = rules([
  {
    id: 'en.funded.counted-bets-including',
    type: 'FUNDED',
    // "Granite Peak has backed several automation companies, including Dutch picking-arm maker Grypp"
    pattern: `@src (has|have|had) ?(also|already|previously) ${SET_OF_BETS_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
  {
    id: 'en.funded.counted-bets-including-aside',
    type: 'FUNDED',
    // "Vantor, which is led by Mette Lindgaard, has taken minority stakes in three biotech companies this year,
    // including Celvera": the investor's aside may hold one name
    pattern: `@src , (which|who) ~${ASIDE_WORDS} ?*inner ~${ASIDE_WORDS} , (has|have|had) ?(also|already|previously) ${SET_OF_BETS_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
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
    id: 'fr.funded.counted-bets-dont',
    type: 'FUNDED',
    // "Rhône Capital a investi dans une dizaine de start-up industrielles, dont Motral et Fabrik", "X a pris des
    // participations dans trois PME, dont le fabricant A"
    pattern: `@src ?(a|avait|ont|avaient) ?(déjà|aussi|également|notamment) ${BETS_FR} ?(des) ?(participations) ?(dans) ~${COUNT_WORDS}! ${COMPANIES_FR} ~${AFTER_SET_WORDS}! , ${EXAMPLES_FR} ~${OBJECT_DESCRIPTION_WORDS}! @@tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
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

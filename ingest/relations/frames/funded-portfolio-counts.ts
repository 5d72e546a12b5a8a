import { rules } from '../rule';

/**
 * An investor's portfolio told with the investor as the subject of a counting verb: "X counts A and B among its
 * portfolio companies", "X compte notamment dans son portefeuille A et B", "X compte A parmi ses participations";
 * and the investor's record as the subject of a French backing verb with an adverb of earlier times
 * ("X a déjà soutenu A et B", "X a notamment accompagné A"). `funded-past-backings.ts` reads the portfolio as a
 * noun phrase ("X's portfolio includes A"); here the investor acts. A relative or apposition between the investor
 * and its verb ("X, which manages €2.1 billion, counts …") is stepped over by the loose gap.
 */

/** Counting verbs of a portfolio or of a shareholder register. */
const COUNTS_EN = '(counts|count|counted|lists|listed|numbers|numbered)';
const COUNTS_FR = '(compte|comptent|comptait|comptaient|recense|dénombre)';
/** The portfolio nouns a count ends on ("among its portfolio companies", "in its portfolio"). */
const PORTFOLIO_EN = '(portfolio|investments|holdings|bets|backings)';
const PORTFOLIO_FR = '(portefeuille|participations|investissements|lignes)';
/** Adverbs a count takes ("counts notably", "compte notamment, déjà, aussi"). */
const ALSO_EN = '(also|already|notably|now)';
const ALSO_FR = '(notamment|déjà|aussi|également|désormais|entre)';
/** French backing verbs of an investor's record, after "a déjà", "a notamment", "a aussi". */
const BACKED_FR = '(soutenu|accompagné|financé|épaulé)';
const BEFORE_FR = '(déjà|notamment|aussi|également|précédemment|auparavant)';
/** What an investor backs that is no company ("a déjà soutenu le projet de A", "le développement de A"). */
const NOT_A_COMPANY_FR =
  '(projet|projets|développement|croissance|lancement|création|candidature|offre|rachat|reprise|plan|initiative|démarche|expansion|acquisition|transmission)';
/** Most words of a company's description before its name ("le spécialiste de l'agrivoltaïsme Solagri"). */
const DESCRIPTION_WORDS = 5;

export const EN_PORTFOLIO_COUNT_RULES = rules([
  {
    id: 'en.funded.counts-among-portfolio',
    type: 'FUNDED',
    pattern: `@src ~2 ?${ALSO_EN} ${COUNTS_EN} ?${ALSO_EN} ~${DESCRIPTION_WORDS}! @@tgt (among|in) (its|their) ?(other|current|existing) ?(venture|investment|portfolio|equity) ${PORTFOLIO_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
]);

/**
 * The portfolio's size told before its verb ("Its portfolio of more than 40 companies includes A", "Son
 * portefeuille d'une trentaine de participations compte A"): plain words only, and no relative (whose own verb would
 * be read as the portfolio's).
 */
const PORTFOLIO_SIZE = "?(of|de|d') ~5^(which|that|who|qui|que|dont|where|où)";

/** "Its portfolio also includes A and B": the possessive is the firm named before (`funded-portfolio-owner.ts`). */
export const POINTED_PORTFOLIO_RULES = rules([
  {
    id: 'any.funded.pointed-portfolio-includes',
    type: 'FUNDED',
    pattern: `@src (portfolio|portefeuille) ?(companies|actuel) ${PORTFOLIO_SIZE} ?(now|also|already|notamment|aussi|également|déjà) (includes|include|included|comprises|features|spans|compte|comprend|inclut|réunit) ?(now|also|already|notamment|aussi|également|déjà) ~${DESCRIPTION_WORDS}! @@tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
]);

export const FR_PORTFOLIO_COUNT_RULES = rules([
  {
    id: 'fr.funded.counts-in-portfolio',
    type: 'FUNDED',
    // "X compte notamment dans son portefeuille A et B", "X compte parmi ses participations A"
    pattern: `@src ~2 ${COUNTS_FR} ?${ALSO_FR} (dans|parmi) (son|ses|leur|leurs) ?(actuel|actuelles) ${PORTFOLIO_FR} ?${ALSO_FR} ~${DESCRIPTION_WORDS}! @@tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
  {
    id: 'fr.funded.counts-list-in-portfolio',
    type: 'FUNDED',
    // "X compte déjà A et B dans son portefeuille, parmi ses participations"
    pattern: `@src ~2 ${COUNTS_FR} ?${ALSO_FR} ~${DESCRIPTION_WORDS}! @@tgt (dans|parmi) (son|ses|leur|leurs) ?(actuel|actuelles) ${PORTFOLIO_FR}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
  {
    id: 'fr.funded.already-backed-list',
    type: 'FUNDED',
    // "X a déjà soutenu A et B", "X avait notamment accompagné la biscuiterie A": the investor's earlier bets
    // (not before "du/des": "Pressoir du Lubéron" is one name the entity pass may have cut short)
    pattern: `@src ~2 (a|avait|ont|avaient) ${BEFORE_FR} ?(notamment) ${BACKED_FR} !>par !>{3}${NOT_A_COMPANY_FR} ~${DESCRIPTION_WORDS}! @@tgt !>('s|’s) !>(du|des|de|d')`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    namedSource: true,
    stake: 'minority',
  },
]);

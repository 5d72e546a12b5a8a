import { rules } from '../rule';

/**
 * Funding told the way full articles tell it beyond the round's lead sentence: a firm's portfolio ("A, whose
 * portfolio includes B and C", "A, dont le portefeuille compte B") and the French inverted subject of the investors joining a round
 * ("Participent également ses investisseurs historiques A et B"). The company is the article's when the clause
 * leaves it out (see `../extract-relations.ts`, `topicTarget`).
 */

/** The round a French inverted subject joins. */
const ROUND_FR = '(tour|levée|opération|financement|série|augmentation)';
/** Words a French journalist puts on existing investors ("ses investisseurs historiques"). */
const HOLDER_KIND_FR = '(historiques|actuels|existants|financiers|historique|nouveaux|nouvel|nouveau)';
const HOLDERS_FR = '(investisseurs|actionnaires|financeurs|fonds|investisseur|actionnaire|partenaires)';

/** Verbs of joining a round, inverted before their subject, and the adverb that makes the inversion. */
const TAKE_PART_FR = '(participent|participe|participeront|participera|participaient|figurent|suivent|suit)';
const ALSO_FR = '(également|aussi|encore|notamment)';

/** The auxiliary of a past investment and the adverbs that tell it as part of a record ("a déjà investi"). */
const HAS_FR = '(a|avait|ont|avaient)';
const BEFORE_FR = '(déjà|notamment|aussi|également|précédemment)';
const BEFORE_EN = '(already|previously|also)';

export const EN_PORTFOLIO_RULES = rules([
  {
    id: 'en.funded.portfolio-includes',
    type: 'FUNDED',
    // "A's portfolio companies include B", "A, whose portfolio includes B and C": the portfolio's owner invested
    pattern: `@src ?('s|’s) ?, ?whose ?(current|investment) portfolio ?(companies) (includes|include|included|comprises|features|spans) ?(companies|startups|firms) ?(such) ?(as|like) ~3! **tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'en.funded.has-invested-in-list',
    type: 'FUNDED',
    // "A, which has already invested in B, C and D": a relative listing the firm's past investments
    pattern: `@src , (which|who) (has|had|have) ?${BEFORE_EN} invested ?${BEFORE_EN} in ~3! **tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
]);

export const FR_PORTFOLIO_JOINER_RULES = rules([
  {
    id: 'fr.funded.portfolio-includes',
    type: 'FUNDED',
    // "A, dont le portefeuille compte notamment B et C"
    pattern: `@src ?, ?(dont) ?(le) portefeuille ?(de) ?(participations) (compte|comprend|inclut|réunit|regroupe|rassemble) ?(notamment) ~3! **tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'fr.funded.has-invested-in-list',
    type: 'FUNDED',
    // "A, qui a déjà investi dans B, C et la plateforme D": a relative listing the firm's past investments
    pattern: `@src , qui ${HAS_FR} ?${BEFORE_FR} (investi|misé|parié) ?${BEFORE_FR} (dans|sur) ~3! **tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
  {
    id: 'fr.funded.counts-in-portfolio',
    type: 'FUNDED',
    // "A, qui compte déjà dans son portefeuille B, C et la plateforme D": the holder's companies told as a list
    pattern: `@src , qui (compte|comptait|détient|détenait|a|avait) ?(déjà|notamment|aussi|également) (dans|à) (son|sa) portefeuille ?(déjà|notamment) ~3! **tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
  {
    id: 'fr.funded.inverted-takes-part',
    type: 'FUNDED',
    // inverted subject after the round: "Participent également à ce tour de table A et B"
    pattern: `${TAKE_PART_FR} ${ALSO_FR} (à|au) ?(ce|cette|cet|la|le|l') ${ROUND_FR} ?(de) ?(table) ~4! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.inverted-holders-take-part',
    type: 'FUNDED',
    // inverted subject called investors: "Participent également ses investisseurs historiques A et B"
    pattern: `${TAKE_PART_FR} ${ALSO_FR} ?(à|au) ?(ce|cette|cet|la|le|l') ?${ROUND_FR} ?(de) ?(table) (ses|leurs|les|son|sa|leur) ?${HOLDER_KIND_FR} ${HOLDERS_FR} ?${HOLDER_KIND_FR} ?, ~2! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
]);

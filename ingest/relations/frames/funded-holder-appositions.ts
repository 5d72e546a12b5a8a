import { NOT_QUALIFYING, rules } from '../rule';

/**
 * A shareholder told by what it holds rather than by a deal, in a relative that describes it: "Activist investor A,
 * which built a 7 per cent stake in Y", "A, which owns about 6 per cent of Y" (a main clause "A owns 37 pct of Y" in
 * wire copy is a holding reported, which the real gold leaves out), and the French holder named in apposition
 * with no company after it ("L'industriel A, actionnaire minoritaire depuis 2020, ne participe pas à ce tour": the
 * article's company's holder). A holding of half or more is control, left to the purchase rules
 * (`stake: 'minority'`).
 */

/** Verbs of holding or building up a stake (not of taking one: `en.funded.minority-stake` reads those). */
const HOLDS_EN =
  '(built|builds|holds|held|owns|owned|amassed|amasses|accumulated|accumulates|retains|retained|keeps|kept)';
/** What is held. */
const STAKE_EN = '(stake|interest|holding|shareholding)';
/** The approximation before a percentage ("about 6 per cent"). */
const ABOUT_EN = '(about|around|some|nearly|almost|roughly|approximately|just|over|more|less|than|under)';

/** Nouns of a holder and what makes it one that is no controlling owner. */
const HOLDER_FR = '(actionnaire|actionnaires|investisseur|investisseurs)';
/** A holder that sells its stake is told in a deal article, whose own company is the buyer, not the one it held. */
const SELLS_FR = '(cède|cèdent|cédé|cédée|vend|vendent|vendu|vendue|sort|sortent|sortira)';
const MINOR_HOLDER_FR =
  '(minoritaire|minoritaires|historique|historiques|financier|financiers|existant|existants)';

export const EN_HOLDER_APPOSITION_RULES = rules([
  {
    id: 'en.funded.holds-stake',
    type: 'FUNDED',
    pattern: `@@src , (which|who|that) ?(has|have|had) ?(already|also|long|quietly) ${HOLDS_EN} ~5! ${STAKE_EN} (in) ~3! @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
  {
    id: 'en.funded.owns-percent-of',
    type: 'FUNDED',
    pattern: `@@src , (which|who|that) ?(already|also|still) (owns|owned|holds|held|controls) ?${ABOUT_EN} ?${ABOUT_EN} \\d+([.,]\\d+)? ?(per) (%|percent|pct|cent) (of|in) ~3! @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
]);

export const FR_HOLDER_APPOSITION_RULES = rules([
  {
    id: 'fr.funded.apposed-holder',
    type: 'FUNDED',
    // the holder of a company named after it is `fr.funded.shareholder-of`'s ("A, actionnaire de Y")
    pattern: `**src , ?(l'|un|le|son|leur) ?(petit) ${HOLDER_FR} ${MINOR_HOLDER_FR} !>(de|du|d'|des) !!${SELLS_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
    stake: 'minority',
  },
]);

import { rules } from '../rule';

/**
 * Investors who commit to buy shares of a company's listing before it prices (cornerstone / anchor investors,
 * "investisseurs d'ancrage") put money into the company: "A and B agreed to buy $90 million of shares in the
 * offering", "A committed to subscribe for $25 million of stock", "cornerstone investors A and B", "A, B et C se
 * sont engagés à souscrire 18 millions d'euros". The listed company is seldom named in that sentence: it is the
 * article's (topic). A buy of shares is only read when the sentence tells a listing, so that a market purchase of a
 * stake ("A agreed to buy 5 million shares of Y") stays with the stake rules.
 */

/** Verbs of a promise to buy before the price is set. */
const COMMIT_EN =
  '(agreed|agree|agrees|committed|commit|commits|pledged|pledge|pledges|signed|undertook|undertaken)';
/** Verbs of taking the shares. */
const TAKE_EN = '(buy|purchase|subscribe|take|acquire)';
/** Words of a listing, one of which the sentence of a share buy must hold. */
const LISTING_EN = '&&(offering|ipo|listing|flotation|float|cornerstone|cornerstones|anchor)';
/** Nouns of a promise-backed investor. */
const CORNER_EN = '(cornerstone|anchor)';

export const EN_CORNERSTONE_RULES = rules([
  {
    id: 'en.funded.cornerstone-commits',
    type: 'FUNDED',
    // "A and B agreed to buy up to $60 million of shares in the offering", "A has committed to take $40m of stock"
    pattern: `**src ~2! ?(also|each|both|jointly|together) ?(have|has|had) ${COMMIT_EN} ?(up) to ${TAKE_EN} ~7 (shares|stock|stocks) ${LISTING_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.commits-to-subscribe',
    type: 'FUNDED',
    // a subscription is for new shares the company issues: no listing word needed
    pattern: `**src ~2! ?(also|each|both|jointly|together) ?(have|has|had) ${COMMIT_EN} to (subscribe) (for|to) ~7 (shares|stock|stocks|bonds|notes)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.cornerstone-named',
    type: 'FUNDED',
    // "cornerstone investors A and B", "anchor investors including A and B"
    pattern: `${CORNER_EN} (investor|investors|investments|orders) ?(include|included|including|are|were|such) ?(as) **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.as-cornerstone',
    type: 'FUNDED',
    // "A signed up as a cornerstone investor", "A and B will act as anchor investors in the IPO"
    pattern: `**src ~4! as ?(a|an|the) ?(two|three|four) ${CORNER_EN} (investor|investors|shareholder|shareholders)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
]);

/** "s'engager à souscrire / investir", every person and gender. */
const COMMITTED_FR = '(engagé|engagés|engagée|engagées|engage|engagent|engageront|engagera)';
/** Words of a listing or of new shares, one of which the sentence of a French commitment must hold. */
const LISTING_FR =
  '&&(introduction|cotation|bourse|ipo|euronext|actions|augmentation|opération|offre|placement|ancrage|titres|million|millions|milliard|milliards)';

export const FR_CORNERSTONE_RULES = rules([
  {
    id: 'fr.funded.committed-to-subscribe',
    type: 'FUNDED',
    // "A et B se sont engagés à souscrire 18 millions d'euros", "A s'est engagé à souscrire à hauteur de 5 M€"
    pattern: `**src ~3! ?(qui) ?(se|s') ?(sont|est|était|étaient|seront|sera) ?(déjà|également|aussi) ${COMMITTED_FR} (à) (souscrire|investir) ${LISTING_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'fr.funded.anchor-investors-named',
    type: 'FUNDED',
    // "trois investisseurs d'ancrage, A, B et C", "investisseur d'ancrage : A"
    pattern: `(investisseurs|investisseur) (d'|de) (ancrage) ~6 **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.as-anchor-investor',
    type: 'FUNDED',
    // "A interviendra en tant qu'investisseur d'ancrage", "A et B, investisseurs d'ancrage de l'opération"
    pattern: `**src ~4! ?(en) ?(tant) (qu'|comme|,) (investisseur|investisseurs) (d'|de) (ancrage)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
]);

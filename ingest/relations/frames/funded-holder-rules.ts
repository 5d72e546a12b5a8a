import { rules } from '../rule';

/**
 * Investors told as holders or joiners of a round whose company the clause leaves out or only points at: "whose
 * other investors include A", "counts A among its backers", "Also participating were A", "A, déjà présent au
 * capital", "le fonds est rejoint par A". A topic rule's company is the clause's subject before the match when
 * there is one, else the article's (see `../extract-relations.ts`).
 */

/** Nouns of a company's investors. */
const HOLDERS_EN = '(investors|backers|shareholders|funders|lenders)';
const HOLDERS_FR = '(investisseurs|actionnaires|financeurs|soutiens|investisseur|actionnaire|financeur)';
/** Adjectives a journalist puts on them ("its existing investors", "ses actionnaires historiques"). */
const HOLDER_KIND_EN = '(other|existing|early|current|previous|prior|returning|longtime|long-time|financial)';
const HOLDER_KIND_FR =
  '(historiques|actuels|financiers|minoritaires|existants|premiers|historique|actuel|financier|minoritaire|premier)';
/** A holder named as it sells ("son actionnaire historique, A, l'a cédé à B"): an exit, told as the sale. */
const SELLS_FR = '(cède|cèdent|cédé|cédée|vend|vendent|vendu|vendue)';
/** A holder named as it sells, in English ("its early backer, A, sold its stake to B"). */
const SELLS_EN = '(sells|sell|sold|selling|exits|exited|exiting)';
/** Most words of a named holder's trade before its name ("le réseau de business angels A"). */
const MAX_HOLDER_DESCRIPTOR_WORDS = 5;
/** Holders apposed to "the investors of Y": the company is named, not guessed, but the apposition may be a seller's. */
const NAMED_HOLDERS_CONFIDENCE = 0.65;
/** The round a newcomer joins ("rejoint le tour de table", "joined by"). */
const ROUND_FR = '(tour|levée|opération|financement|série|table)';
const ROUND_EN = '(round|financing|raise|investment|funding)';

export const EN_FUNDED_HOLDER_RULES = rules([
  {
    id: 'en.funded.holders-include',
    type: 'FUNDED',
    // "Voltaris, whose other investors include A and B": the subject before is the company
    pattern: `?(its|their|whose) ?${HOLDER_KIND_EN} ${HOLDERS_EN} ?(already) (include|includes|included|are|were) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.holders-apposed',
    type: 'FUNDED',
    // "Its backers, A and B, invested in 2021"; "Y's backers, including A, will be paid"
    pattern: `?${HOLDER_KIND_EN} ${HOLDERS_EN} , ?(including|notably) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.holders-of-named-apposed',
    type: 'FUNDED',
    // "The existing investors in Y, the fund A and the angel network B, also took part": the company named before
    // the apposition is theirs, wherever the article's topic stands
    pattern: `?(the) ?${HOLDER_KIND_EN} ${HOLDERS_EN} (of|in) @tgt , ?(including|notably) ~${MAX_HOLDER_DESCRIPTOR_WORDS}! **src !!${SELLS_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: NAMED_HOLDERS_CONFIDENCE,
  },
  {
    id: 'en.funded.from-holders-including',
    type: 'FUNDED',
    // "has raised €40 million to date from investors including A"
    pattern: `from ?(a) ?(group) ?(of) ${HOLDERS_EN} (including|such|like) ?(as) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.counts-among-holders',
    type: 'FUNDED',
    pattern: `@tgt ~3 (counts|count|counted|counting) ~2! **src among ?(its|their) ?${HOLDER_KIND_EN} ${HOLDERS_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.funded.also-participating',
    type: 'FUNDED',
    // inverted subject: "Also participating were A and B", "Participating in the round were A"
    pattern: `(participating|investing|joining) ?(in) ?(the) ?${ROUND_EN} (were|was|are|is|included) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.holders-including',
    type: 'FUNDED',
    // "Previous investors, including A and B, also participated"
    pattern: `${HOLDERS_EN} , (including|notably) ~3! **src , ?(also|again) (participated|joined|invested|returned|reinvested|followed) `,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.poured-into-including',
    type: 'FUNDED',
    // "Investors have poured €50m into the company since 2019, including A and B"
    pattern: `(poured|invested|put|pumped|injected|ploughed|plowed|sunk) ~10 (into|in) ?(the) @tgt ~6! , (including|notably) ~3! **src &&${HOLDERS_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'en.funded.joined-by',
    type: 'FUNDED',
    // "co-led by A and B, who were joined by angel investor P"
    pattern: `(led|co-led) by ~3 **lead ~8 , (who|which) ?(were|was|have|has) ?(been) ?(also) joined by ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.lead-alongside',
    type: 'FUNDED',
    // "A led the investment, alongside existing backers B and C": the leader is no company funded
    pattern: `**lead (led|co-led|headed) (the|this) ${ROUND_EN} , alongside ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.lead-of-round',
    type: 'FUNDED',
    // the leader of that same shape ("A led the investment, alongside …"); a round named alone may be anyone's
    pattern: `**src (led|co-led|headed) (the|this) ${ROUND_EN} , alongside`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
    lead: true,
  },
  {
    id: 'en.funded.as-did',
    type: 'FUNDED',
    // "A and B also took part, as did angel investor P"
    pattern: `(part|invested|participated|reinvested|joined|followed|in) , as (did|have|has|had) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.received-from',
    type: 'FUNDED',
    // "Y said it had received a $25 million investment from A", "it won a £3.5 million grant from A": only a word
    // of money received or won, not an order or a contract
    pattern: `@tgt ~16 (received|receives|receive|receiving|won|wins|win|obtained|obtains|landed|lands) ~8! (investment|funding|financing|grant|loan|backing|equity|subsidy) ~2! from ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
]);

export const FR_FUNDED_HOLDER_RULES = rules([
  {
    id: 'fr.funded.already-holder',
    type: 'FUNDED',
    // "les fonds A et B, déjà présents au capital, …"; "A, actionnaire historique, …"
    pattern: `**src , ?(déjà|également|aussi|lui-même|eux-mêmes) (présent|présente|présents|présentes) (au|à|dans) ?(son|le|leur) (capital|tour)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
    stake: 'minority',
  },
  {
    id: 'fr.funded.holders-apposed',
    type: 'FUNDED',
    // "ses investisseurs historiques, le réseau A et l'entrepreneur P, remettent au pot"
    // "les investisseurs historiques, dont A et P, remettent au pot": a part of them named
    pattern: `?(ses|leurs|les|son|sa|leur) ?${HOLDER_KIND_FR} ${HOLDERS_FR} ?${HOLDER_KIND_FR} , ?(dont|notamment) ~3! **src !!${SELLS_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'fr.funded.holders-of-named-apposed',
    type: 'FUNDED',
    // "Les investisseurs historiques de Y, le réseau de business angels A et le fonds B, remettent au pot": the
    // company named before the apposition is theirs, wherever the article's topic stands
    pattern: `?(ses|leurs|les|son|sa|leur) ?${HOLDER_KIND_FR} ${HOLDERS_FR} ?${HOLDER_KIND_FR} (de|d'|du) @tgt , ?(dont|notamment) ~${MAX_HOLDER_DESCRIPTOR_WORDS}! **src !!${SELLS_FR}`,
    source: 'src',
    target: 'tgt',
    confidence: NAMED_HOLDERS_CONFIDENCE,
  },
  {
    id: 'fr.funded.counts-among-holders',
    type: 'FUNDED',
    // "Y compte parmi ses actionnaires A et B", "parmi ses investisseurs figurent A et B"
    pattern: `parmi ?(ses|leurs) ?${HOLDER_KIND_FR} ${HOLDERS_FR} ?${HOLDER_KIND_FR} ?(figurent|figure|,) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'fr.funded.joined-by',
    type: 'FUNDED',
    // "le fonds est rejoint par le groupe B", "l'opération, épaulée par B"
    pattern: `(fonds|investisseur|investisseurs|${ROUND_FR.slice(1, -1)}) ?, ?(est|sont|a|ont|sera|seront) ?(été) (rejoint|rejointe|rejoints|rejointes|épaulé|épaulée|épaulés|suivi|suivie|suivis) ?(notamment) par ~5 **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'fr.funded.joins-round',
    type: 'FUNDED',
    // "le groupe B rejoint également le tour de table", "B fait son entrée dans le tour de table"
    pattern: `**src ~4 (rejoint|rejoignent|rejoindra|rejoindront|intègre|intègrent|entre|entrent) ?(également|aussi|lui) ?(aussi) (le|ce|au|dans) ?(le) ${ROUND_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'fr.funded.round-from',
    type: 'FUNDED',
    // "prépare une levée auprès de A": a raise still to come names no investor yet
    notAfter:
      /^(prépare|préparent|préparait|envisage|envisagent|projette|vise|visent|cherche|cherchent|souhaite|pourrait|prochaine|future)$/,
    // "a annoncé une levée de fonds de 35 M€ auprès de A": the raise noun brings its givers, whoever speaks
    pattern: `(levée|tour|financement|augmentation) ~8! (auprès) (de|du|d'|des) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },

  {
    id: 'fr.funded.as-did',
    type: 'FUNDED',
    // "A et B remettent au pot, tout comme le business angel P"
    pattern: `(pot|investi|participé|réinvesti|suivi|table|capital) , (tout|de) (comme|même) ?(que) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
]);

import { OF_FR, rules } from '../rule';
import { FR_PRESS_DEAL_RULES } from '../frames/acquired-press';

export const BUY =
  '(rachète|rachete|rachètent|racheté|rachetée|racheter|rachètera|rachèterait|acquiert|acquièrent|acquis|acquérir|acquerra|reprend|reprennent|repris|reprendre|reprendra|absorbe|absorbé|absorber|absorbera|avale|avalé|croque|croqué|rafle|raflé)';
const PASSIVE =
  '(racheté|rachetée|rachetés|rachetées|repris|reprise|reprises|acquis|acquise|acquises|absorbé|absorbée|cédé|cédée|cédés|vendu|vendue)';
const SELL = '(cède|cèdent|cédé|céder|cédera|vend|vendent|vendu|vendre|vendra)';
/** A sale of shares, told by a verb or a noun ("cède sa participation", "la vente de sa participation"). */
const STAKE_SALE =
  '(cède|cèdent|cédé|céder|cédera|cédant|vend|vendent|vendu|vendre|vendra|vendant|cession|vente)';
/** What a shareholder sells of a company. */
const SHARE_NOUNS = '(participation|participations|parts|titres|actions)';
const FINISH =
  '(boucle|bouclé|finalise|finalisé|officialise|officialisé|annonce|annoncé|conclut|conclu|finalisera|bouclera)';
const MERGE = '(fusionne|fusionnent|fusionné|fusionner|fusionneront)';
/** Any form of passing or falling under another's control ("est passée sous le contrôle de"). */
const PASS_INTO =
  '(passe|passent|passé|passée|passés|passées|passera|passeront|tombe|tombent|tombé|tombée|tombés|tombées|tombera)';
/** Participles of selling: "Y a été cédée à X" names the buyer after "à", not "par". */
const SOLD_PARTICIPLE = '(cédé|cédée|cédés|cédées|vendu|vendue|vendus|vendues)';
/** Participles of putting an offer before a court or a seller, whose "par" names the bidder. */
const OFFER_PARTICIPLE =
  '(déposée|déposées|présentée|présentées|formulée|formulées|portée|portées|soumise|soumises|remise|remises)';

/**
 * The company a takeover offer is for, after its determiner and descriptor: a trade noun the units do not fold and
 * an origin ("pour le chausseur fougerais Y", "pour l'équipementier nantais Y").
 */
const OFFER_TARGET_LEAD = '~3!';

/** A name right after a deal verb is its object, not the subject of the next one ("a racheté A et prend …"). */
export const AFTER_DEAL_VERB_FR =
  /^(racheté|rachète|rachètent|acquis|acquiert|repris|reprend|cédé|cède|vendu|vend|absorbé|absorbe|offert)$/;

/** French acquisition and merger rules: verbs of buying, passives, "le rachat de Y par X", sales "X cède Y à Z". */
const FR_DEAL_RULES_OWN = rules([
  {
    id: 'fr.acquired.passive',
    type: 'ACQUIRED',
    pattern: `@tgt ~8 (est|a|été|sera|ont|sont|serait|vient|d'être|être) ?été ?d'être ${PASSIVE} ?en ?(\\d{4}) par ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.9,
  },
  {
    id: 'fr.acquired.nominal',
    type: 'ACQUIRED',
    pattern: `(rachat|acquisition|reprise|absorption|fusion-absorption) ${OF_FR} ~2! @tgt ~3! par ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'fr.acquired.sold-passive-to',
    type: 'ACQUIRED',
    // "Y a été cédée au groupe X en 2019", "Y est vendue à X": a passive auxiliary, so "X a vendu à Z" is none;
    // any short time or price phrase may stand before the buyer ("cédée l'an dernier à", "vendue en mars 2024 au")
    pattern: `@tgt ~6 (été|est|sont|était|étaient) ${SOLD_PARTICIPLE} ~4! (à|au|aux) ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.sold-to',
    // a seller's stake below half ("sell its 25.2 pct interest in Y to X") is an investment
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@seller ~8 ${SELL} ~4! @tgt ~4! (à|au|aux) ~2! @src`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.85,
  },
  {
    id: 'fr.acquired.stake-sold-to',
    // "S a cédé sa participation de 35 % dans Y à Z", "la vente de sa participation de 35 % dans Y à Z": the share
    // names the company after "dans"; below half, unless Z ends up owning it all, Z invests (mayBeMinority)
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@seller ~8 ${STAKE_SALE} ~2! ${SHARE_NOUNS} ~5! (dans|de|du) ~3! @tgt ~4! (à|au|aux) ~3! @src`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.sold-to-after-relative',
    type: 'ACQUIRED',
    // "X cède sa filiale Y, qui exploite six sites, au groupe Z": the buyer comes after Y's own clause
    pattern: `@seller ~8 ${SELL} ~4! @tgt , qui ~16 , (à|au|aux) ~2! @src`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.public-offer',
    type: 'ACQUIRED',
    // "X lance une OPA amicale sur Y", "X a annoncé le dépôt d'une offre publique d'achat sur Y": a formal bid for all
    // of Y's shares, an announced deal by the gold format (modality reads whether it was taken or dropped)
    pattern: `@src ~10 (lance|lancé|lancer|lancera|lancent|dépose|déposé|déposer|déposera|déposent|dépôt|lancement) ~3 (opa|opas|ope|offre|offres) ~5 (sur|visant) ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.agreement-for',
    type: 'ACQUIRED',
    // "X a signé un accord en vue de l'acquisition de Y", "un protocole portant sur la reprise de Y"
    pattern: `@src ~10 (accord|protocole|projet|offre) ~3! (en|pour|portant) ?vue ?(de|d'|sur) (l'|la|le) (acquisition|rachat|reprise) ${OF_FR} ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.offer-of-for',
    type: 'ACQUIRED',
    // "le tribunal a retenu l'offre de X pour la reprise de Y"
    pattern: `(offre|proposition|candidature) ${OF_FR} @src pour (la|le|l') (reprise|rachat|acquisition) ${OF_FR} ${OFFER_TARGET_LEAD} @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.takeover-offer-of-for',
    type: 'ACQUIRED',
    // "le tribunal a retenu l'offre de reprise de X pour Y", "l'offre de reprise du groupe vendéen X pour les
    // Ateliers Y": a descriptor may stand before the bidder
    pattern: `(offre|proposition) ${OF_FR} (reprise|rachat) ${OF_FR} ~3! @src (pour|sur) ${OFFER_TARGET_LEAD} @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.takeover-offer-by-for',
    type: 'ACQUIRED',
    // "le tribunal a retenu l'offre de reprise déposée par X pour Y", "l'offre présentée par le groupe X pour
    // reprendre Y": the bidder as the agent of the offer's participle; only a takeover offer or a bare "offre" (a
    // "proposition de conciliation présentée par le cabinet X" buys nothing)
    pattern: `(offre|offres) ?(de|d') ?(reprise|rachat|achat) ${OFFER_PARTICIPLE} par ~3! @src (pour|sur) ${OFFER_TARGET_LEAD} @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.sold-y-to-x',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // the seller may be a pronoun the text leaves unresolved ("il a cédé Y à X"): X still bought Y
    pattern: `${SELL} ~4! @tgt ~4! (à|au|aux) ~2! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.sale-to',
    type: 'ACQUIRED',
    // "la cession de sa filiale photovoltaïque Y à X", "de sa filiale de croisières fluviales Y à l'allemand X": a
    // possessive and a descriptor may stand before Y, a determiner and a nationality before X
    pattern: `(cession|vente) ${OF_FR} ~5! @tgt ~3! (à|au|aux) ~2! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.controlled-by',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "Y, contrôlé depuis 2021 par le fonds X"
    pattern: `@tgt ?, ?(est|était|sera) (contrôlé|contrôlée|contrôlés) ~3! par ~3! @@src`,
    source: 'src',
    target: 'tgt',
    // an owner named in passing: below the deal the sentence is about when one is told
    confidence: 0.55,
  },
  {
    id: 'fr.acquired.held-by',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "Y, détenu depuis 2022 par le fonds X": "détenu par" alone also says who holds a title or a record
    // "détenue à parts égales par les actionnaires des deux groupes": the holders are the parties' shareholders
    pattern: `@tgt ?, ?(est|était|sera) (détenu|détenue|détenus) (majoritairement|depuis|entièrement|intégralement|à) ~3! par !>{3}(actionnaires|associés|salariés|porteurs|cadres|managers|dirigeants) ~3! @@src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.55,
  },
  {
    id: 'fr.acquired.under-control',
    type: 'ACQUIRED',
    pattern: `@tgt ~6 ${PASS_INTO} (sous|dans) ~2 (contrôle|escarcelle|giron) ${OF_FR} @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'fr.acquired.takes-control',
    type: 'ACQUIRED',
    // "prenait le contrôle de", "a pris en 2023 le contrôle de": any tense, a time phrase before the noun
    pattern: `@src ~6 (prend|prennent|prenait|prenaient|pris|prendre|prendra|prendront) ~3! le contrôle ~2! ${OF_FR} ~5! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'fr.acquired.cedes-control',
    // a pointer for the company handed over is too often resolved to the article's own company
    namedTarget: true,
    type: 'ACQUIRED',
    // control handed over told from the seller's side, who may be a pointer or left out: "S avait cédé en 2019 le
    // contrôle de la société au fonds B", "a transféré le contrôle de Y à B"; B took Y over
    pattern: `(cède|cèdent|cédé|cédait|cédaient|cédera|céder|vend|vendu|vendait|transféré|transfère|transférait) ~3! le contrôle ?(exclusif|majoritaire|total) ${OF_FR} ~4! @tgt ~4! (à|au|aux) ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.makes-acquisition',
    type: 'ACQUIRED',
    pattern: `@src ~6 (fait|fera|faire|réalise|réalisé|finalise|finalisé) l' acquisition ${OF_FR} ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'fr.acquired.finishes-buyout',
    type: 'ACQUIRED',
    pattern: `@src ~6 ${FINISH} ~4 (le|la|l') (rachat|acquisition|reprise) ${OF_FR} ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'fr.acquired.finishes-buyout-of-capital',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "X annonce l'acquisition de 100 % du capital de Y": the share bought comes before the company
    pattern: `@src ~6 ${FINISH} ~4 (le|la|l') (rachat|acquisition|reprise) ${OF_FR} ~3 (capital|titres|actions|parts) ${OF_FR} ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.treats-itself',
    type: 'ACQUIRED',
    pattern: `@src ~6 (s'|se) ?est (offre|offert|offrir|offrira|payé|paie|paye) ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.lays-hands',
    notAfter: AFTER_DEAL_VERB_FR,
    type: 'ACQUIRED',
    pattern: `@src ~6 (met|mis|mettre|mettra|mettent) la main sur ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.majority-stake',
    notAfter: AFTER_DEAL_VERB_FR,
    type: 'ACQUIRED',
    pattern: `@src ~6 (prend|pris|prennent|acquiert|acquis|monte|porte|porté|portait|portera|relève|relevé|augmente|augmenté) ~6! (participation|part|parts) ~4! ?(au) ?(capital) (dans|de|du) ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
    stake: 'majority',
  },
  {
    id: 'fr.acquired.majority-owner',
    type: 'ACQUIRED',
    pattern: `@src ~6 (devient|devenu|devenue) l' actionnaire majoritaire ${OF_FR} ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.active-verb',
    notAfter: AFTER_DEAL_VERB_FR,
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ~7 ${BUY} ~6! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'fr.merged.merge-with',
    type: 'MERGED_WITH',
    pattern: `@a ~6 ${MERGE} avec ~3! @b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
  {
    id: 'fr.merged.list-merge',
    type: 'MERGED_WITH',
    pattern: `@@a ~8 ${MERGE}`,
    source: 'a',
    target: 'a',
    confidence: 0.75,
  },
  {
    id: 'fr.merged.pair-merge',
    type: 'MERGED_WITH',
    // "A et son concurrent B vont fusionner": a descriptor breaks the plain list
    pattern: `@a et ~3! @b ~8 ${MERGE}`,
    source: 'a',
    target: 'b',
    confidence: 0.75,
  },
  {
    id: 'fr.merged.pair-their-merger',
    type: 'MERGED_WITH',
    pattern: `@a et ~3! @b ~8 leur (fusion|rapprochement)`,
    source: 'a',
    target: 'b',
    confidence: 0.75,
  },
  {
    id: 'fr.merged.their-merger',
    type: 'MERGED_WITH',
    pattern: `@@a ~8 leur (fusion|rapprochement)`,
    source: 'a',
    target: 'a',
    confidence: 0.75,
  },
  {
    id: 'fr.merged.fusion-of',
    type: 'MERGED_WITH',
    // not "mariage": in general text it is people's
    pattern: `(fusion|rapprochement) (entre|de|du|d') ~3! @a ~6 (et|avec) ~3! @b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
  {
    // "la fusion des Ateliers Vernay Frères et de la Société lyonnaise de mécanique": "des" opens a plural name
    // only when the name follows it at once; "la fusion des activités de A et de B" joins two businesses
    id: 'fr.merged.fusion-of-plural-name',
    type: 'MERGED_WITH',
    pattern: `(fusion|rapprochement) des @a ~6 (et|avec) ~3! @b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
  {
    // "née de la fusion de deux groupements tourangeaux, A et B": a counted descriptor and a comma before the pair
    id: 'fr.merged.fusion-of-counted',
    type: 'MERGED_WITH',
    pattern: `(fusion|rapprochement) (entre|de|d') (deux|trois) ~3! , @a (et|&) ~3! @b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
]);

/** French acquisition and merger rules, in priority order: press phrasings without a buying verb last. */
export const FR_DEAL_RULES = [...FR_DEAL_RULES_OWN, ...FR_PRESS_DEAL_RULES];

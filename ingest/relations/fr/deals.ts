import { OF_FR, rules } from '../rule';

const BUY =
  '(rachète|rachete|rachètent|racheté|rachetée|racheter|rachètera|rachèterait|acquiert|acquièrent|acquis|acquérir|acquerra|reprend|reprennent|repris|reprendre|reprendra|absorbe|absorbé|absorber|absorbera|avale|avalé|croque|croqué|rafle|raflé)';
const PASSIVE =
  '(racheté|rachetée|rachetés|rachetées|repris|reprise|reprises|acquis|acquise|acquises|absorbé|absorbée|cédé|cédée|cédés|vendu|vendue)';
const SELL = '(cède|cèdent|cédé|céder|cédera|vend|vendent|vendu|vendre|vendra)';
const FINISH =
  '(boucle|bouclé|finalise|finalisé|officialise|officialisé|annonce|annoncé|conclut|conclu|finalisera|bouclera)';
const MERGE = '(fusionne|fusionnent|fusionné|fusionner|fusionneront)';

/** French acquisition and merger rules: verbs of buying, passives, "le rachat de Y par X", sales "X cède Y à Z". */
export const FR_DEAL_RULES = rules([
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
    pattern: `(rachat|acquisition|reprise|absorption) ${OF_FR} ~2! @tgt ~3! par ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'fr.acquired.sold-to',
    type: 'ACQUIRED',
    pattern: `@seller ~8 ${SELL} ~4! @tgt ~4! (à|au|aux) @src`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.85,
  },
  {
    id: 'fr.acquired.sale-to',
    type: 'ACQUIRED',
    pattern: `cession ${OF_FR} ~2! @tgt ~3! (à|au|aux) @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.under-control',
    type: 'ACQUIRED',
    pattern: `@tgt ~6 (passe|passé|passera|tombe|tombé|tombée) (sous|dans) ~2 (contrôle|escarcelle|giron) ${OF_FR} @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'fr.acquired.takes-control',
    type: 'ACQUIRED',
    pattern: `@src ~6 (prend|prennent|pris|prendre|prendra) le contrôle ~2! ${OF_FR} ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
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
    id: 'fr.acquired.treats-itself',
    type: 'ACQUIRED',
    pattern: `@src ~6 (s'|se) ?est (offre|offert|offrir|offrira|payé|paie|paye) ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.lays-hands',
    type: 'ACQUIRED',
    pattern: `@src ~6 (met|mis|mettre|mettra|mettent) la main sur ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.majority-stake',
    type: 'ACQUIRED',
    pattern: `@src ~6 (prend|pris|prennent|acquiert|acquis|monte) ~6! (participation|part|parts) ~4! (dans|de|du) ~2! @tgt`,
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
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ~7 ${BUY} ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'fr.merged.merge-with',
    type: 'MERGED_WITH',
    pattern: `@a ~6 ${MERGE} avec @b`,
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
    id: 'fr.merged.their-merger',
    type: 'MERGED_WITH',
    pattern: `@@a ~8 leur (fusion|rapprochement|mariage)`,
    source: 'a',
    target: 'a',
    confidence: 0.75,
  },
  {
    id: 'fr.merged.fusion-of',
    type: 'MERGED_WITH',
    pattern: `(fusion|rapprochement|mariage) (entre|de|du|d') ~2! @a (et|avec) ~2! @b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
]);

import { OF_FR, rules } from '../rule';

const RAISE =
  '(lève|lèvent|levé|lever|lèvera|boucle|bouclé|clôture|clôturé|réalise|réalisé|finalise|finalisé|annonce|annoncé|obtient|obtenu|sécurise|sécurisé)';

/** French funding rules: "Y lève … auprès de X", "menée par X", "X entre au capital de Y", "X investit dans Y". */
export const FR_FUNDED_RULES = rules([
  {
    id: 'fr.funded.led-by',
    type: 'FUNDED',
    pattern: `@tgt ~16 ${RAISE} ~14 (menée|mené|menés|conduite|conduit|pilotée|piloté|emmenée|emmené) par ~3 @@src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
    lead: true,
  },
  {
    id: 'fr.funded.raise-from',
    type: 'FUNDED',
    pattern: `@tgt ~16 ${RAISE} ~14 (auprès|avec) ?${OF_FR} ~3 @@src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.funded.enters-capital',
    type: 'FUNDED',
    pattern: `@@src ~4 (entre|entré|entrée|entrent|entrer|entrera|fait) ?son ?(au|dans) ?le capital ${OF_FR} @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'fr.funded.minority-stake',
    type: 'FUNDED',
    pattern: `@@src ~6 (prend|pris|prennent|acquiert|acquis) ~6! (participation|part|parts) ~4! (dans|de|du) ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    stake: 'minority',
  },
  {
    id: 'fr.funded.invests-in',
    type: 'FUNDED',
    pattern: `@@src ~6 (investit|investi|investissent|investira|injecte|injecté|apporte|apporté) ~8! (dans|chez|en) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.funded.leads-round',
    type: 'FUNDED',
    pattern: `@@src ~4 (mène|mené|mènent|conduit|pilote) (la|le|une|un) (série|tour|levée|financement) ~4! ${OF_FR} @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
    lead: true,
  },
  {
    id: 'fr.funded.opens-capital',
    type: 'FUNDED',
    pattern: `@tgt ~6 (ouvre|ouvert|ouvrent) son capital (à|au|aux) ~2 @@src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.funded.backed-by',
    type: 'FUNDED',
    pattern: `@tgt ~3 ?, ?(est|sont|été|a) ?été (financée|financé|soutenue|soutenu|accompagnée|accompagné) par @@src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'fr.funded.raise-event',
    type: 'FUNDED',
    pattern: `@tgt ~25 (lève|lèvent|levé|lever|lèvera)`,
    target: 'tgt',
    confidence: 0.7,
    needsMoney: true,
  },
]);

import { rules } from '../rule';

const RAISE =
  '(raise|raises|raised|raising|close|closes|closed|secure|secures|secured|land|lands|landed|get|gets|got|obtain|obtains|obtained|completes|completed)';

/** English funding rules: rounds led by / from investors, "X invests in Y", "backed by", minority stakes. */
export const EN_FUNDED_RULES = rules([
  {
    id: 'en.funded.led-by',
    type: 'FUNDED',
    pattern: `@tgt ~16 ${RAISE} ~14 (led|co-led) by ~3 @@src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
    lead: true,
  },
  {
    id: 'en.funded.raise-from',
    type: 'FUNDED',
    pattern: `@tgt ~16 ${RAISE} ~14 (from|including|with) ~3 @@src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.funded.leads-round',
    type: 'FUNDED',
    pattern: `@@src ~4 (led|leads|lead|leading|co-led|co-leads|headed) ~2! @tgt 's ~4! (round|series|financing|funding|raise)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
    lead: true,
  },
  {
    id: 'en.funded.invests-in',
    type: 'FUNDED',
    pattern: `@@src ~8 (invest|invests|invested|investing|investment|injects|injected|injecting) ~6! (in|into) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.funded.backed-by',
    type: 'FUNDED',
    pattern: `@tgt ~4 ?, ?(is|was|are|were|been|also) (backed|funded|financed) by ~3! @@src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.funded.minority-stake',
    type: 'FUNDED',
    pattern: `@src ~6 (take|takes|took|taken|taking|acquire|acquires|acquired|buy|buys|bought|paid|pays) ~6! (stake|interest|holding|position) in @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
  },
  {
    id: 'en.funded.raise-event',
    type: 'FUNDED',
    pattern: `@tgt ~10 ${RAISE}`,
    target: 'tgt',
    confidence: 0.7,
    needsMoney: true,
  },
]);

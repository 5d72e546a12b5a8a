import { AUX_EN, rules } from '../rule';

const BUY = '(acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|purchasing)';
const SELL = '(sell|sells|sold|selling|divest|divests|divested|divesting)';
const MERGE = '(merge|merges|merged|merging)';

/** English acquisition and merger rules: active, passive, nominal, sale-to and wire phrasings. */
export const EN_DEAL_RULES = rules([
  { id: 'en.acquired.passive', type: 'ACQUIRED', pattern: `@tgt ~8 ${AUX_EN} ?agreed ?to ?be (acquired|bought|purchased|taken) ?over by @src`, source: 'src', target: 'tgt', confidence: 0.9 },
  { id: 'en.acquired.sold-to', type: 'ACQUIRED', pattern: `@seller ~10 ${SELL} ?its ?the ~8! @tgt ~4! to ~3! @src`, source: 'src', target: 'tgt', seller: 'seller', confidence: 0.85 },
  { id: 'en.acquired.sold-unit-to', type: 'ACQUIRED', pattern: `@seller ~10 ${SELL} ?its ~4! , @tgt , to ~3! @src`, source: 'src', target: 'tgt', seller: 'seller', confidence: 0.85 },
  { id: 'en.acquired.sale-of-to', type: 'ACQUIRED', pattern: `@seller ~8 (sale|divestiture) of ?its ?the ~3! @tgt ~4! to @src`, source: 'src', target: 'tgt', seller: 'seller', confidence: 0.85 },
  { id: 'en.acquired.sold-to-buyer', type: 'ACQUIRED', pattern: `@tgt ~8 ${AUX_EN} ?agreed ?to ?(be|being) sold to @src`, source: 'src', target: 'tgt', confidence: 0.85 },
  { id: 'en.acquired.nominal', type: 'ACQUIRED', pattern: `(acquisition|purchase|takeover|buyout) of ~3! @tgt by @src`, source: 'src', target: 'tgt', confidence: 0.85 },
  { id: 'en.acquired.possessive', type: 'ACQUIRED', pattern: `@src 's ~2! (acquisition|purchase|takeover|buyout) of ~3! @tgt`, source: 'src', target: 'tgt', confidence: 0.85 },
  { id: 'en.acquired.take-over', type: 'ACQUIRED', pattern: `@src ~6 (take|takes|took|taking|taken) over ~3! @tgt`, source: 'src', target: 'tgt', confidence: 0.85 },
  { id: 'en.acquired.control', type: 'ACQUIRED', pattern: `@src ~6 (take|takes|took|taking|acquire|acquires|acquired|gain|gains|gained|won) ~3! control of ~2! @tgt`, source: 'src', target: 'tgt', confidence: 0.85 },
  { id: 'en.acquired.majority-stake', type: 'ACQUIRED', pattern: `@src ~6 (take|takes|took|taken|taking|acquire|acquires|acquired|buy|buys|bought|holds|raised) ~5! (stake|interest|holding) in @tgt`, source: 'src', target: 'tgt', confidence: 0.8, stake: 'majority' },
  { id: 'en.acquired.completes-acquisition', type: 'ACQUIRED', pattern: `@src ~10 (acquisition|purchase|takeover|buyout) (of|for) ~3! @tgt`, source: 'src', target: 'tgt', confidence: 0.8 },
  { id: 'en.acquired.bid-for', type: 'ACQUIRED', pattern: `@src ~10 (bid|offer|proposal) (for|to) ?(acquire|buy|purchase) ~3! @tgt`, source: 'src', target: 'tgt', confidence: 0.65 },
  { id: 'en.acquired.bid-by', type: 'ACQUIRED', pattern: `@tgt ~12 (acquisition|takeover|buyout|merger) ?(bid|offer|proposal) (by|from) @src`, source: 'src', target: 'tgt', confidence: 0.65 },
  { id: 'en.acquired.active-verb', type: 'ACQUIRED', pattern: `@src ~10 ${BUY} ~6! @tgt`, source: 'src', target: 'tgt', confidence: 0.85 },
  { id: 'en.acquired.shares-of', type: 'ACQUIRED', pattern: `@src ~10 ${BUY} ~6 (shares|pct|stake|interest|assets|units) ~4 (of|in) @tgt`, source: 'src', target: 'tgt', confidence: 0.7 },
  { id: 'en.acquired.snap-up', type: 'ACQUIRED', pattern: `@src ~6 (snap|snaps|snapped|pick|picks|picked) up ~2! @tgt`, source: 'src', target: 'tgt', confidence: 0.8 },
  { id: 'en.acquired.merge-into', type: 'ACQUIRED', pattern: `@src ~6 ${MERGE} @tgt into`, source: 'src', target: 'tgt', confidence: 0.75 },
  { id: 'en.merged.merge-with', type: 'MERGED_WITH', pattern: `@a ~6 ${MERGE} with @b`, source: 'a', target: 'b', confidence: 0.8 },
  { id: 'en.merged.list-merge', type: 'MERGED_WITH', pattern: `@@a ~10 ?to (${MERGE.slice(1, -1)}|combine|combined)`, source: 'a', target: 'a', confidence: 0.75 },
  { id: 'en.merged.their-merger', type: 'MERGED_WITH', pattern: `@@a ~8 their (merger|combination)`, source: 'a', target: 'a', confidence: 0.75 },
  { id: 'en.merged.merger-of', type: 'MERGED_WITH', pattern: `(merger|combination) (of|between) ~2! @a (and|with) ~2! @b`, source: 'a', target: 'b', confidence: 0.8 },
]);

import { rules } from '../rule';
import { AFTER_DEAL_VERB_EN } from './deals';

/** Words that, just before a participle, make it qualify an earlier name rather than open the sentence. */
const NOT_FRONTED = /^(,|;|\(|which|that|who|is|was|are|were|qui|est|sont|était|a|ont)$/;

/**
 * Deals told in a side clause of a longer sentence: a fronted participle ("After buying Y, X …", "Backed by A,
 * Y …"), an apposition ("Y, acquired by X in 2019, …") or a noun phrase naming the round ("the Series A for Y
 * was led by A"). A fronted participle must open its clause: after a comma, a relative or a verb it qualifies an
 * earlier name ("X, backed by A, said …"), so the name after the next comma is not what it tells about.
 */

export const EN_CLAUSE_DEAL_RULES = rules([
  {
    id: 'en.acquired.apposition-passive',
    type: 'ACQUIRED',
    pattern: `@tgt , ?(which|that) ?(was) (acquired|bought|purchased|taken) ?over ?(in|last|earlier) ?(\\d{4}|year|month) by ~2! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    // "Meridian Data (acquired by Quantum Corp in 1999)": the same aside in brackets
    id: 'en.acquired.bracket-passive',
    type: 'ACQUIRED',
    pattern: `@tgt \\( ?(now|since|later|subsequently) (acquired|bought|purchased) ?(in|last|earlier) ?(\\d{4}|year|month) by ~2! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.after-buying',
    type: 'ACQUIRED',
    pattern: `(after|since|having) ?having (acquiring|buying|purchasing|acquired|bought|purchased) ?the ~4! @tgt ~5! , ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    // the same clause with a phrasal verb of buying ("after snapping up Y", "having taken over Y")
    id: 'en.acquired.after-buying-phrasal',
    type: 'ACQUIRED',
    pattern: `(after|since|having) ?having (picking|snapping|taking|picked|snapped|taken) (up|over) ?the ~4! @tgt ~5! , ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.funded.investors-include',
    type: 'FUNDED',
    pattern: `@tgt ?('s|') ?(existing|current|early|other|new) (investors|backers|shareholders) ~3! (include|includes|included|including|are|were) **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.funded.round-for-led-by',
    type: 'FUNDED',
    pattern: `(round|series|seed|financing|funding|raise) ?[a-f] (for|of|in) @tgt ~3! (was|were|is|has|had) ?been ?(co-led|led) by **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.funded.took-part-in-round-for',
    type: 'FUNDED',
    pattern: `**src ~4! (took|take|takes|taking|joined|join|joins) ?part ?in the ~2! (round|raise|financing|funding|series) ?[a-f] (for|of|in|by) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.funded.backed-by-fronted',
    type: 'FUNDED',
    pattern: `(backed|funded|financed|supported) ?since ?(\\d{4}) by ~2! **src ?(since|in) ?(\\d{4}) , ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    notAfter: NOT_FRONTED,
  },
  {
    id: 'en.funded.poured-into',
    type: 'FUNDED',
    pattern: `**src ~6 (poured|pours|pumped|pumps|ploughed|plowed|sunk|injected|injects) ~6! into ?the ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
    stake: 'minority',
  },
  {
    id: 'en.acquired.snap-up-second-object',
    notAfter: AFTER_DEAL_VERB_EN,
    type: 'ACQUIRED',
    // "X picked up A in February and Dutch fraud-detection firm B in May": the phrasal verb's second object
    pattern: `@src ~6 (snap|snaps|snapped|pick|picks|picked) up ~2! @first ~4! and ~4! @tgt (in|for|last|earlier|this|,|\\.)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
]);

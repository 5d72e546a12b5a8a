import { rules } from '../rule';
import { BARE_SUM_EN } from './funded-sum-words';

/**
 * The buyers of an issue told with their own slices: "Kestrel Life took 100 million pounds of the notes and
 * Harbourline and Pennant Mutual 60 million pounds each". Each buyer lends to the issuer, the company the story is
 * about (the issue's own sentence or paragraph names it; `../funded-target.ts`). The later buyers share the verb of
 * the first, left out before their own sum (a gapped clause), so they are read after "and" up to that sum. The
 * slice must be of the paper itself ("of the notes", "of the issue"): "took $5 million of charges" funds no one.
 */

/** Verbs of taking a slice of an issue. */
const TOOK_EN = '(took|takes|bought|buys|picked|snapped|subscribed|absorbed)';
/** Words between "the" and the paper ("of the seven-year green notes"). */
const PAPER_QUALIFIER =
  '(new|green|senior|secured|unsecured|convertible|subordinated|hybrid|fixed-rate|floating-rate)';
/** Nouns of the paper itself. */
const PAPER_EN = '(notes|bonds|issue|placement|paper|debentures|offering|bond|deal)';
/** The slice: a sum of the paper ("100 million pounds of the notes"). */
const SLICE = `?(up) ?(for) ${BARE_SUM_EN} of (the|its|this) ?${PAPER_QUALIFIER} ?${PAPER_QUALIFIER} ${PAPER_EN}`;

export const EN_PAPER_TAKER_RULES = rules([
  {
    id: 'en.funded.took-slice-of-notes',
    type: 'FUNDED',
    pattern: `**src ?(also) ${TOOK_EN} ${SLICE}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'en.funded.gapped-slice-of-notes',
    type: 'FUNDED',
    // "… of the notes and A and B 60 million pounds each": the buyers after "and", their verb left out; the match
    // opens on the paper so that the sum read for them is their own, not the first buyer's
    pattern: `(the|its|this) ?${PAPER_QUALIFIER} ?${PAPER_QUALIFIER} ${PAPER_EN} and **src ${BARE_SUM_EN} ?(each|apiece) &&${TOOK_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
]);

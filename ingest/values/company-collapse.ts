/**
 * "Collapsed" tells a deal called off when a deal is its subject ("the talks collapsed", "a proposed tie-up between A
 * and B collapsed in March") and a company gone bust when a company is ("Fastcharge UK collapsed in January, and its
 * 300 sites were bought by ChargeHub", "three weeks after the loss-making rival collapsed under its debts", "took
 * over collapsed Scandinavian carrier Fjordline"). A company's collapse is often why its assets are sold, so reading
 * it as the deal's failure drops the very deal the sentence tells. The subject is told apart by shape: the words
 * since the clause opened hold a deal noun, or they do not and name a company (a capital, a company noun); used
 * before a noun, the participle describes the company that follows.
 */

const COLLAPSE_WORD = /(?<![\p{L}\p{N}])collapsed(?![\p{L}\p{N}])/giu;
/** The same word without the global flag, whose `test` keeps no position between calls. */
const COLLAPSE_SEEN = /collapsed/iu;
/** Where the collapse's subject starts: punctuation or a subordinator opening its clause. */
const CLAUSE_OPENER =
  /(?:[,;:()–—]|\s-\s|(?<![\p{L}\p{N}])(?:after|following|when|as|while|since|before|until|but)\s)/giu;
/** Nouns that make the subject a deal, whose collapse calls the deal off. */
const DEAL_NOUN =
  /(?<![\p{L}\p{N}])(?:deals?|mergers?|talks|discussions|negotiations?|bids?|offers?|agreements?|plans?|proposals?|takeovers?|tie-ups?|transactions?|sales?|acquisitions?|combinations?|attempts?|efforts?|pacts?|partnerships?|alliances?|ventures?|it|they)(?![\p{L}\p{N}])/iu;
/** Nouns that make the subject (or the noun after the participle) a company. */
const COMPANY_NOUN =
  /(?<![\p{L}\p{N}])(?:company|companies|firm|group|rival|competitor|operator|maker|producer|retailer|chain|carrier|airline|lender|bank|insurer|start-?up|supplier|developer|builder|manufacturer|business|owner|parent|subsidiary|unit|brand|network|platform)(?![\p{L}\p{N}])/iu;
/** A proper name in the subject: a capitalised word that does not open the clause. */
const CAPITALISED = /(?:^|\s)\S*\p{Lu}/u;
/** Most words of the subject read before the participle; farther words belong to another phrase. */
const MAX_SUBJECT_WORDS = 12;
/** Most words read after an attributive participle to find the company noun or name it describes. */
const MAX_DESCRIBED_WORDS = 3;

/** The subject words before `at`: from the last clause opener, at most MAX_SUBJECT_WORDS. */
function subjectBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  let from = 0;
  for (const m of head.matchAll(CLAUSE_OPENER)) from = m.index + m[0].length;
  const words = head.slice(from).trim().split(/\s+/).filter(Boolean);
  return words.slice(-MAX_SUBJECT_WORDS).join(' ');
}

/** Words before the participle that make it a noun's modifier: "took over collapsed carrier F", "the collapsed lender". */
const ATTRIBUTIVE_BEFORE =
  /(?:^|[\s(])(?:the|a|an|over|took|bought|buy|buys|acquired|acquire|acquires|purchased|of|from|by|with|to|for|its|their)\s*$/iu;
/** Words after the participle that make it the clause's verb: a time, a cause, a place ("collapsed in January"). */
const VERB_FOLLOWER =
  /^(?:in|on|at|under|into|over|after|amid|because|due|last|earlier|this|and|with|when|before|without|following|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/** Whether the participle before `end` describes the company named right after it ("collapsed Scandinavian carrier F"). */
function describesCompanyAfter(text: string, at: number, end: number): boolean {
  if (!ATTRIBUTIVE_BEFORE.test(text.slice(0, at))) return false;
  const words = text.slice(end).trimStart().split(/\s+/).slice(0, MAX_DESCRIBED_WORDS);
  if (words.length === 0 || VERB_FOLLOWER.test(words[0]) || /^[,.;:]/.test(words[0])) return false;
  return words.some((w) => COMPANY_NOUN.test(w) || /^\p{Lu}/u.test(w));
}

function isCompanyCollapse(text: string, at: number, end: number): boolean {
  if (describesCompanyAfter(text, at, end)) return true;
  const subject = subjectBefore(text, at);
  if (subject === '' || DEAL_NOUN.test(subject)) return false;
  return COMPANY_NOUN.test(subject) || CAPITALISED.test(subject);
}

/** The sentence with each "collapsed" that tells a company's failure blanked out, so status cues skip it. */
export function withoutCompanyCollapse(text: string): string {
  if (!COLLAPSE_SEEN.test(text)) return text;
  return text.replace(COLLAPSE_WORD, (word, at: number) =>
    isCompanyCollapse(text, at, at + word.length) ? '_'.repeat(word.length) : word,
  );
}

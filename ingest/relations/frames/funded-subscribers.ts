import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { listRun } from '../pattern-list-member';
import { readerRules, rules } from '../rule';
import { isTok, lowerAt } from './funded-clause';
import { takerAgentAt } from './issue-taker-agent';
import { servesIssuer } from './issue-other-agents';

/**
 * The subscribers of a company's new securities: "l'augmentation de capital a été souscrite par A et par B", "Y a
 * émis des obligations convertibles de 2 M€, souscrites par le fonds A", "a £3 million convertible note subscribed
 * by A", "A subscribed to a €5m convertible bond". Whoever buys the shares or bonds a company issues puts money
 * into it (GOLD-FORMAT: an investor finances the company). The company is the issuer named as the clause's
 * subject ("Y a émis …, souscrites par A"), else the article's when the sentence names no other company than the
 * subscribers: "… du capital de Y, dans le cadre d'une augmentation de capital souscrite par A" or "souscrite par
 * A, actionnaire de Y" leave the issuer in doubt, and the article's company is then the commonest wrong guess.
 */

/** Nouns of securities a company issues to raise money (not existing shares changing hands). */
const ISSUE_NOUN =
  /^(augmentation|émission|obligations?|convertibles?|oca?|bsa|titres|actions|tranche|emprunt|placement|issue|issuance|notes?|bonds?|debentures|shares|increase|offering)$/;
/** Words that open an issue's noun phrase at the head of a sentence ("New shares were subscribed by A"). */
const ISSUE_OPENER = /^(new|further|additional|senior|nouvelles|nouveaux|nouvelle)$/;
/** Participles of subscribing. */
const SUBSCRIBED = /^(souscrite|souscrites|souscrit|souscrits|subscribed)$/;
/** Participles of buying or placing: they tell of lending only when debt paper is what was bought ("bonds bought
 * mainly by A", "placed with A"); shares bought may be a stake changing hands, which the stake rules read. */
const TAKEN =
  /^(bought|purchased|acquired|taken|placed|achetées|achetés|acquises|placées|placés|placée|placé)$/;
/** Nouns of debt paper, the only issue a buying participle is read for. */
const DEBT_PAPER = /^(obligations?|obligataire|convertibles?|oca|océanes|emprunt|notes?|bonds?|debentures)$/;
/** Most units between the issue noun and the participle ("de capital de 80 millions d'euros également"). */
const ISSUE_WINDOW_UNITS = 12;
/** Most words of the first subscriber's description ("le fonds de dette", "son actionnaire historique"). */
const GIVER_DESCRIPTION_WORDS = 5;
/** A name after these words is owned or held by the subscriber ("actionnaire de Y", "the family office of P"). */
const OF = /^(de|du|d'|des|of)$/;
/** The word before "de / du" that makes the name after it a lender, not an owner ("auprès du Crédit X"). */
const LENDER_WORD = /^auprès$/;

/** The unit of the issue noun nearest before the participle at `t` (of `nouns`), or -1. */
function issueBefore(units: Unit[], t: number, nouns: RegExp): number {
  for (let k = t - 1; k >= 0 && t - k <= ISSUE_WINDOW_UNITS; k--) {
    if (isTok(units, k, /^[.;:]$/)) return -1;
    if (isTok(units, k, nouns)) return k;
  }
  return -1;
}

/** The unit of the first subscriber after the agent word at `a`, past a short description, or -1. */
function firstGiver(units: Unit[], a: number): number {
  for (let k = a + 1; k < units.length && k - a <= GIVER_DESCRIPTION_WORDS + 1; k++) {
    const u = units[k];
    if (u.kind === 'ent') return k;
    if (u.token.kind !== 'word') return -1;
  }
  return -1;
}

interface Subscription {
  givers: number[];
  giverAt: number;
  issueAt: number;
  /** The other companies of the sentence that may be the issuer (units). */
  others: number[];
}

function subscriptions(units: Unit[]): Subscription[] {
  const out: Subscription[] = [];
  for (let t = 0; t < units.length; t++) {
    const subscribed = isTok(units, t, SUBSCRIBED);
    if (!subscribed && !isTok(units, t, TAKEN)) continue;
    const a = takerAgentAt(units, t);
    if (a < 0) continue;
    const issueAt = issueBefore(units, t, subscribed ? ISSUE_NOUN : DEBT_PAPER);
    const giverAt = firstGiver(units, a);
    if (issueAt < 0 || giverAt < 0) continue;
    const run = listRun(units, giverAt, 'any', false);
    const givers = run.got;
    const others: number[] = [];
    units.forEach((u, k) => {
      if (u.kind !== 'ent' || !u.orgs || u.ents.some((e) => givers.includes(e))) return;
      // "Convertible notes were subscribed by A": a sentence-initial issue word is no issuer
      if (u.word !== undefined && (ISSUE_NOUN.test(u.word.lower) || ISSUE_OPENER.test(u.word.lower))) return;
      // "souscrite par A, rejoint par B": a joiner after the subscribers is one more of them, not the issuer
      if (k >= run.end && !OF.test(lowerAt(units, k - 1))) return;
      // "…, souscrite par A, et de la trésorerie du groupe": a pointer after the subscribers stands for the company
      // the sentence is about, the one left to the article; "…, le solde auprès du Crédit X" names a lender
      if (k >= run.end && (u.anaphor || LENDER_WORD.test(lowerAt(units, k - 2)))) return;
      // "placés par la banque A et notés BBB par l'agence B": an arranger or a rating agency issues nothing
      if (servesIssuer(units, k)) return;
      others.push(k);
    });
    out.push({ givers, giverAt, issueAt, others });
  }
  return out;
}

/** Verbs of a company issuing or placing its securities (not "a pris 12 % du capital", which a holder says). */
const ISSUES =
  /^(émis|émet|émettent|émettra|lancé|lance|lancera|réalisé|réalise|réalisera|procédé|procède|procédera|bouclé|boucle|finalisé|finalise|levé|lève|placé|place|placera|issued|issues|issue|issuing|launched|launches|placed|sold|sells|completed|completes|raised|raises)$/;

/** A verb of issuing between the subject at `subject` and the issue noun. */
function issuedBy(units: Unit[], subject: number, issueAt: number): boolean {
  for (let k = subject + 1; k < issueAt; k++) if (isTok(units, k, ISSUES)) return true;
  return false;
}

/** "Y a émis des obligations, souscrites par A": the one other company is the subject that issues them. */
function issuerNamed(units: Unit[]): Captures[] {
  return subscriptions(units)
    .filter((s) => s.others.length === 1 && s.others[0] < s.issueAt && s.others[0] === firstEntity(units))
    .filter((s) => issuedBy(units, s.others[0], s.issueAt))
    .map((s) => ({
      src: s.givers,
      '#src': [s.giverAt],
      tgt: (units[s.others[0]] as { ents: number[] }).ents,
      '#tgt': [s.others[0]],
      [MATCH_START]: [s.others[0]],
    }));
}

/** "L'augmentation de capital a été souscrite par A et B": no other company named, the article's is funded. */
function issuerLeftToArticle(units: Unit[]): Captures[] {
  return subscriptions(units)
    .filter((s) => s.others.length === 0)
    .map((s) => ({ src: s.givers, '#src': [s.giverAt], [MATCH_START]: [s.issueAt] }));
}

function firstEntity(units: Unit[]): number {
  return units.findIndex((u) => u.kind === 'ent');
}

const SUBSCRIBED_WORDS = [
  'souscrite',
  'souscrites',
  'souscrit',
  'souscrits',
  'subscribed',
  'bought',
  'purchased',
  'acquired',
  'taken',
  'placed',
  'achetées',
  'achetés',
  'acquises',
  'placées',
  'placés',
  'placée',
  'placé',
];

/** The subscribers read from the clause (both languages). */
export const SUBSCRIBER_FRAMES = readerRules([
  {
    id: 'any.funded.issue-subscribed-by',
    type: 'FUNDED',
    neededWords: SUBSCRIBED_WORDS,
    read: issuerNamed,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'any.funded.issue-subscribed-by-topic',
    type: 'FUNDED',
    neededWords: SUBSCRIBED_WORDS,
    read: issuerLeftToArticle,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
]);

/** Nouns of an issue after "subscribed to/for" ("a £3 million convertible note", "new shares"). */
const ISSUE_EN =
  '(issue|issuance|note|notes|bond|bonds|debentures|convertible|convertibles|placement|shares|increase|offering)';

export const EN_SUBSCRIBER_RULES = rules([
  {
    id: 'en.funded.subscribed-to-issue',
    type: 'FUNDED',
    // "A subscribed to a £3 million convertible note", "A and B subscribed for new shares worth $20m"
    pattern: `**src ~2! ?(also|fully|jointly) (subscribed|subscribes|subscribe|subscribing) (to|for) ~6! ${ISSUE_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
]);

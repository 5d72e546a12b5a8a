import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules, refusingSentencesWith } from '../rule';
import { RIVALRY_SPORT_WORDS } from '../rival-words';
import { ANAPHOR_NOUNS, TRADE_NOUNS } from '../anaphor-words';
import { isOblique } from '../syntax';
import { clauseSubject, wordAt } from './rivals-clause';
import { rivalsAfter } from './rivals-list';
import { MARKET_READERS } from './rivals-market';
import { RIVAL_NOUN_READERS } from './rivals-noun';
import { RANK_SANDWICH_READERS } from './rivals-rank-sandwich';
import { SHARED_MARKET_READERS } from './rivals-share-pairs';
import { SHARE_CLAUSE_READERS } from './rivals-share-clauses';
import { SHARE_LISTING_READERS } from './rivals-share-listing';
import { LEADER_RANKING_READERS } from './rivals-leader-ranking';
import { APPOSED_COUNT_READERS } from './rivals-apposed-count';
import { APPOSED_KIND_READERS } from './rivals-apposed-kind';
import { APPOSED_RELATIVE_READERS } from './rivals-apposed-relative';
import { OWNED_CLEFT_READERS } from './rivals-owned-cleft';
import { COUNTED_PLAYERS_READERS } from './rivals-counted-players';
import { OWNED_RIVAL_READERS } from './rivals-owned';
import { OWNED_PREDICATE_READERS } from './rivals-owned-predicate';
import { DOMINATED_READERS } from './rivals-dominated';
import { POSSESSED_APPOSED_READERS } from './rivals-possessed-apposed';
import { TOGETHER_READERS } from './rivals-together';
import { ENTERING_TOGETHER_READERS } from './rivals-entering-together';
import { RIVAL_TRIGGERS } from './rivals-triggers';
import { rankHeldByPronoun } from './rivals-rank-anchor';
import { relativeAntecedent } from './rivals-relative-rank';
import { opensWithRankPhrase } from './rivals-fronted-rank-phrase';
import { anyHead, triggerSites } from './rivals-trigger-screen';
import { determinerBefore, skipAside } from './rivals-subject-asides';
import { enabledSubject } from './rivals-enabled-subject';
import { biddingAfter } from './rivals-bidding-purpose';
import { deniedIntent } from './rivals-denied-intent';
import { dominantList } from './rivals-dominant-fellows';
import { namedPointer } from './rivals-named-subject';
import { ownedProductSubject } from './rivals-product-subject';
import { inCourt, pronounAfterFronted, subjectAfterFronted } from './rivals-fronted-subject';
import { placedDescriptor } from './rivals-placed-descriptor';
import { ownerPastSource } from '../cited-sources';
import { dealAgentOwner } from './rivals-deal-agent';

/** Triggers that may open their clause, their subject after the rivals ("Face à A, X …", "Derrière le leader A, X …"). */
const FRONTED = new Set(['facing', 'fronted-rank']);

interface Contest {
  subject: number[] | null;
  /** The subject is a pronoun after a fronted trigger, so the article's company ("Face à A, elle …"). */
  pronoun: boolean;
  rivals: number[];
  trigger: number;
  /** The trigger's name (see rivals-triggers.ts). */
  name: string;
}

function ents(units: Unit[], idx: number[]): number[] {
  return idx.flatMap((i) => {
    const u = units[i];
    return u.kind === 'ent' ? u.ents : [];
  });
}

/** Contests per sentence: several readers ask for them, and the triggers are tried once. */
const CONTESTS_BY_SENTENCE = new WeakMap<Unit[], Contest[]>();

const RIVAL_TRIGGER_SITES = triggerSites(RIVAL_TRIGGERS);
/** For the rule screen: a sentence without a trigger's word holds no contest (`Rule.neededWordPattern`). */
const RIVAL_TRIGGER_WORD = anyHead(RIVAL_TRIGGERS);

/** Every trigger of the sentence with the parties its clause gives it. */
function contests(units: Unit[]): Contest[] {
  const known = CONTESTS_BY_SENTENCE.get(units);
  if (known !== undefined) return known;
  const out: Contest[] = [];
  CONTESTS_BY_SENTENCE.set(units, out);
  for (const site of RIVAL_TRIGGER_SITES(units)) {
    const i = site.unit;
    for (const t of site.triggers) {
      const from = t.at(units, i);
      if (from < 0 || deniedIntent(units, i)) continue;
      let rivals = rivalsAfter(units, from, t.lead, true, t.agent === true);
      if (rivals.length === 0 || biddingAfter(units, rivals[rivals.length - 1])) continue;
      // "nous nous battons contre A": the reflexive pronoun is no other subject
      const reflexive = t.name === 'reflexive' && /^(nous|vous|se|s')$/u.test(wordAt(units, i - 1) ?? '');
      // "A, qui domine le marché, loin devant B": a verbless rank ending a relative clause is its antecedent's
      const ranked = t.name === 'rank' ? relativeAntecedent(units, i) : null;
      let subject = ranked ?? clauseSubject(units, reflexive ? i - 1 : i, t.objectsBetween === true);
      const named = subject === null ? -1 : namedPointer(units, subject[0]);
      if (named >= 0) subject = [named];
      // "le rachat par X de son concurrent Y": the possessive is the deal's other party's, not the subject's
      const dealParty = dealAgentOwner(units, i);
      if (dealParty >= 0) subject = [dealParty];
      // only a "Face à" opening its clause has its subject after the list
      const opens = i === 0 || /^[,;:«"“(]$/u.test(wordAt(units, i - 1) ?? '');
      // "Numéro deux derrière A et devant B, X …": a verbless rank opening the sentence has its subject after
      const rankOpens = t.name === 'rank' && opensWithRankPhrase(units, i);
      const fronted = subject === null && ((FRONTED.has(t.name) && opens) || rankOpens);
      if (fronted) {
        // "Face à A, qui domine le marché, X et Y …": the fronted list ends at its remark, the subject follows it
        const own = rivalsAfter(units, from, t.lead, false, t.agent === true);
        subject = own.length > 0 ? subjectAfterFronted(units, own) : null;
        if (subject !== null) rivals = own;
        else subject = subjectAfterFronted(units, rivals);
      }
      // "L'opération permet au groupe messin de dépasser A": the enabled descriptor is the article's company
      const pronoun =
        subject === null &&
        ((fronted && pronounAfterFronted(units, rivals)) || enabledSubject(units, i) === 'pointer');
      out.push({ subject, pronoun, rivals, trigger: i, name: t.name });
      break;
    }
  }
  return out;
}

/** A subject contesting rivals after a trigger of rivalry: the subject against each of them. */
function readContest(units: Unit[], _lang: Language): Captures[] {
  return contests(units).flatMap((c) => {
    if (c.subject === null || inCourt(units, c.trigger)) return [];
    // "…, selon le panéliste C, contre 30 % pour B": the source cited is no contestant, the company before it is
    const owner = ownerPastSource(units, c.subject[0]);
    if (owner < 0) return [];
    const subject = owner === c.subject[0] ? c.subject : [owner];
    const a = ents(units, subject);
    const b = ents(units, c.rivals).filter((e) => !a.includes(e));
    if (b.length === 0) return [];
    const start = Math.min(subject[0], c.trigger);
    return [{ a, b, '#a': [subject[0]], '#b': [c.rivals[0]], [MATCH_START]: [start] }];
  });
}

/** Triggers whose rivals all contest one prize, so one another too ("fights for players with A and B"). */
const SHARED_PRIZE = new Set(['fight-for-prize']);

/** "The studio fights for players with A and B": A and B fight for the same players, whoever the subject is. */
function readPrizeFellows(units: Unit[], _lang: Language): Captures[] {
  return contests(units).flatMap((c) => {
    if (!SHARED_PRIZE.has(c.name) || inCourt(units, c.trigger)) return [];
    const a = ents(units, c.rivals);
    return a.length < 2 ? [] : [{ a, '#a': [c.rivals[0]], [MATCH_START]: [c.trigger] }];
  });
}

/** "X affronte A et B, qui dominent le marché": the rivals told as the market's leaders, against one another. */
function readDominantFellows(units: Unit[], _lang: Language): Captures[] {
  return contests(units).flatMap((c) => {
    if (inCourt(units, c.trigger) || !dominantList(units, c.rivals)) return [];
    const a = ents(units, c.rivals);
    return a.length < 2 ? [] : [{ a, '#a': [c.rivals[0]], [MATCH_START]: [c.trigger] }];
  });
}

/** "Face aux concurrents historiques A et B, elle mise …": the rivals against the article's company. */
function readFrontedPronoun(units: Unit[], _lang: Language): Captures[] {
  return contests(units).flatMap((c) => {
    if (!c.pronoun || inCourt(units, c.trigger)) return [];
    const b = ents(units, c.rivals);
    return b.length === 0 ? [] : [{ b, '#b': [c.rivals[0]], [MATCH_START]: [c.trigger] }];
  });
}

/** Words that may open a clause before its company pronoun ("Mais elle talonne A", "En France, il dispute …"). */
const CLAUSE_OPENERS =
  /^(mais|et|or|pourtant|désormais|aujourd'hui|depuis|ainsi|aussi|but|and|yet|now|today|still|so|as|since|,)$/u;
/** "Une offensive qui le place face au leader A": the article's company as the object of a verb of placing. */
const PLACING_VERB =
  /^(plac\p{L}*|met|mettent|mettra|oppos\p{L}*|positionn\p{L}*|confront\p{L}*|pits|puts|sets)$/u;
const OBJECT_CLITIC = /^(le|la|l'|it)$/u;
/** Words that end the clause a descriptor subject may open. */
const CLAUSE_STOP_WORDS = /^([.;:!?«»"“”()]|qui|which|who|que|that|dont|où|where)$/u;
/** Singular possessives whose owner is one company ("its", "son", "sa"), as a possessive trigger opens them. */
const OWNER_POSSESSIVE = /^(its|son|sa)$/u;
/** Most units between the clause's company pronoun and the trigger ("elle talonne désormais", "il a longtemps dominé"). */
const PRONOUN_TO_TRIGGER_UNITS = 4;

/**
 * The trigger's clause stands for the article's company by a pronoun and names no company before the trigger:
 * "Mais elle talonne désormais A", "En France, il dispute des parts de marché à A", "… qui le place face à A".
 * A pronoun the anaphor pass resolved is a name, read by the contest reader instead.
 */
function pronounClause(units: Unit[], trigger: number): boolean {
  // a company named before the trigger would be its subject, unless it only stands after a preposition
  for (let k = 0; k < trigger; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs && !isOblique(units, k)) return false;
  }
  // "Its closest rival, A, …", "Son concurrent direct A …": a possessive opening the clause is the company's
  const own = wordAt(units, trigger);
  if (own !== null && OWNER_POSSESSIVE.test(own))
    return trigger === 0 || CLAUSE_OPENERS.test(wordAt(units, trigger - 1) ?? '');
  // "the company, founded in 2016 by P, competes with A": the aside about the subject is stepped over
  const verb = skipAside(units, trigger);
  for (let k = verb - 1; k >= 0 && k >= verb - PRONOUN_TO_TRIGGER_UNITS; k--) {
    const w = wordAt(units, k);
    if (w === null) return false;
    // a pronoun opening the sentence was weighed by the anaphor pass, which leaves it when it may stand for a
    // company not yet named ("Le nouvel ensemble … Il affrontera A"); one after an opener it does not weigh
    if (/^(il|elle|it)$/u.test(w)) return k > 0 && CLAUSE_OPENERS.test(wordAt(units, k - 1) ?? '');
    if (PLACING_VERB.test(w) && OBJECT_CLITIC.test(wordAt(units, k - 1) ?? '')) return true;
  }
  return describedSubject(units, verb) || ownedProductSubject(units, verb);
}

/** Words looked back from a trigger for the descriptor subject of its clause ("la pépite revendique … et se présente"). */
const DESCRIPTOR_LOOKBACK_UNITS = 12;
/** The press's words of praise for a young company ("la pépite"); "la licorne" is left out, as often a rival. */
const PRAISE_NOUNS = /^(pépite|championne|champion|poulain)$/u;
/** A combined company not yet named ("le nouvel ensemble") is no pointer at the article's company. */
const NOT_TOPIC_NOUNS = /^(ensemble|entité|entity|combined)$/u;

/**
 * "…, la pépite revendique 140 000 clients et se présente comme le challenger de A": a definite descriptor of a
 * company ("la pépite", "the company") opening the clause, left unresolved by the anaphor pass, is the subject.
 */
function describedSubject(units: Unit[], trigger: number): boolean {
  for (let k = trigger - 1; k >= 1 && k >= trigger - DESCRIPTOR_LOOKBACK_UNITS; k--) {
    const w = wordAt(units, k);
    if (w === null || CLAUSE_STOP_WORDS.test(w)) return false;
    const describes = ANAPHOR_NOUNS.has(w) || TRADE_NOUNS.has(w) || PRAISE_NOUNS.test(w);
    if (!describes || NOT_TOPIC_NOUNS.test(wordAt(units, k + 1) ?? '')) continue;
    const det = determinerBefore(units, k);
    if (!/^(la|le|l'|the)$/u.test(wordAt(units, det) ?? '')) continue;
    // "The Danish group", "le groupe suisse" left unresolved: the anaphor pass found the topic of another country
    if (placedDescriptor(units, det, k)) return false;
    return det === 0 || wordAt(units, det - 1) === ',';
  }
  return false;
}

/** "Mais elle talonne désormais A et B": the rivals against the article's company. */
function readPronounClause(units: Unit[], _lang: Language): Captures[] {
  return contests(units).flatMap((c) => {
    if (c.subject !== null || c.pronoun || inCourt(units, c.trigger)) return [];
    // "il devient le numéro deux de …, derrière A": the pronoun stands near the rank word, not the trigger
    if (!(c.name === 'rank' && rankHeldByPronoun(units, c.trigger)) && !pronounClause(units, c.trigger))
      return [];
    const b = ents(units, c.rivals);
    return b.length === 0 ? [] : [{ b, '#b': [c.rivals[0]], [MATCH_START]: [c.trigger] }];
  });
}

/** COMPETES_WITH read from the clause's shape (both languages); see README.md. */
const RIVAL_READERS = readerRules([
  {
    id: 'any.competes.frame-contest',
    type: 'COMPETES_WITH',
    read: readContest,
    neededWordPattern: RIVAL_TRIGGER_WORD,
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-prize-fellows',
    type: 'COMPETES_WITH',
    read: readPrizeFellows,
    neededWordPattern: /^(fight|fought|battl|vie|vied|vying|jostl)/u,
    source: 'a',
    target: 'a',
    confidence: 0.5,
  },
  {
    id: 'any.competes.frame-dominant-fellows',
    type: 'COMPETES_WITH',
    read: readDominantFellows,
    // it reads the contests, which stand on a trigger's word as the contest reader's do
    neededWordPattern: RIVAL_TRIGGER_WORD,
    source: 'a',
    target: 'a',
    confidence: 0.5,
  },
  {
    id: 'any.competes.frame-fronted-pronoun',
    type: 'COMPETES_WITH',
    read: readFrontedPronoun,
    neededWordPattern: RIVAL_TRIGGER_WORD,
    source: 'b',
    target: 'topic',
    topicTarget: true,
    confidence: 0.5,
  },
  {
    id: 'any.competes.frame-pronoun-clause',
    type: 'COMPETES_WITH',
    read: readPronounClause,
    neededWords: ['il', 'elle', 'it', 'le', 'la', "l'", 'its', 'son', 'sa', 'the'],
    neededWordPattern: RIVAL_TRIGGER_WORD,
    source: 'b',
    target: 'topic',
    topicTarget: true,
    confidence: 0.5,
  },
  ...MARKET_READERS,
  ...TOGETHER_READERS,
  ...ENTERING_TOGETHER_READERS,
  ...RIVAL_NOUN_READERS,
  ...OWNED_RIVAL_READERS,
  ...OWNED_PREDICATE_READERS,
  ...SHARED_MARKET_READERS,
  ...SHARE_CLAUSE_READERS,
  ...SHARE_LISTING_READERS,
  ...LEADER_RANKING_READERS,
  ...APPOSED_COUNT_READERS,
  ...APPOSED_KIND_READERS,
  ...APPOSED_RELATIVE_READERS,
  ...OWNED_CLEFT_READERS,
  ...COUNTED_PLAYERS_READERS,
  ...RANK_SANDWICH_READERS,
  ...DOMINATED_READERS,
  ...POSSESSED_APPOSED_READERS,
]);

/** The rivalry readers; none reads a sports report (matches and races are no market rivalry). */
export const RIVAL_FRAMES = refusingSentencesWith(RIVAL_READERS, RIVALRY_SPORT_WORDS);

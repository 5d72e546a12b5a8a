import { endQuote, newSpeakerState } from './speaker';
import type { SpeakerState } from './speaker';
import type { Token } from '../tokens';
import type { OriginMap } from './anaphora-origin';
import type { GenderMap } from './anaphora-latter-gender';
import type { DealRoles } from './anaphora-deal-roles';
import type { Backing } from './anaphora-backed-company';
import { closeParagraphSubject } from './anaphora-paragraph-subject';

/** What earlier sentences leave for later ones to point back at. */
export interface DiscourseState {
  lastOrg: number | null;
  /** Salience per organisation so far: "la société" with no antecedent nearby means the article's main one. */
  orgMentions: Map<number, number>;
  /** The last coordinated list of two or more organisations ("respectivement Webhelp et Acticall"). */
  lastOrgList: number[] | null;
  /** The last two organisations named together ("A and B agreed to merge"), for "the two companies" later. */
  lastPair: number[] | null;
  /**
   * The organisation the last sentence was about, when its first party was one and it named no person: "Elle"/"Il"
   * opening the next sentence points back at it (after a person, the pronoun is as likely the person).
   */
  lastSubjectOrg: number | null;
  /**
   * The company "il"/"elle" opening the next sentence stands for: the last sentence's grammatical subject when it
   * is one (not a name after a preposition, an inverted verb or a noun of its own) and no person was named. In a
   * biography the pronoun is the person even where the sentence before named only a club it played against.
   * Set by units.ts from paragraph-topic.ts `subjectOrgOpening`, after `updateState`.
   */
  pronounOrg: number | null;
  /** The last company a deal was said to create ("donnera naissance à X", "baptisé X"), for "le nouveau groupe". */
  bornOrg: number | null;
  /** Organisations named so far in the current paragraph, with their salience within it. */
  paragraphOrgs: Map<number, number>;
  /** Organisations a pointer opening a sentence of the current paragraph stood for, with that salience. */
  paragraphPointed: Map<number, number>;
  /** Entities the previous sentence named, in order: "the former", "ce dernier" take an end when it is a company. */
  previousNamed: number[];
  /** Those the previous sentence cited as the source of its figures ("selon le panéliste X"): no counted player. */
  previousSources: number[];
  /** The names of the sentence before the previous one: "cette dernière" reaches them past a sentence naming none. */
  namedBefore: number[];
  /** The same without names hanging on a noun ("au capital de X"): "ce dernier" takes the last of these. */
  previousHeads: number[];
  /** Quotes and their speakers' companies, for "nous", "we", "our". */
  speaker: SpeakerState;
  /**
   * The last sentence's company subject even when it also named a person ("La medtech avait été créée par P"): "Elle
   * affronte X" after it is the company, since only a company is the subject of a rivalry or deal verb.
   */
  companyVerbPronounOrg: number | null;
  /** Trade nouns the article attached to a company ("la chaîne Nonna Pizza"), for "la chaîne" later. */
  described: Map<string, number>;
  /**
   * The first company named only as a sentence's opening word (kept out of salience, since such a word may be no
   * name): the article's company when nothing else was named ("Brightcourt, the Texas … installer, has appointed").
   */
  firstWordOrg: number | null;
  /** The two companies the last merger sentence named together, for "the combined company" among rivals. */
  mergingPair: number[] | null;
  /**
   * When `pronounOrg` was kept although a person stood in an apposition of the subject ("X, dirigé par P,"): the
   * gender the participle gave the company, which "il"/"elle" must agree with; 'none' when no such person.
   */
  pronounGender: 'm' | 'f' | null | 'none';
  /** Where the article said its companies are from ("le fabricant lyonnais X"), for "le groupe lyonnais" later. */
  origins: OriginMap;
  /** The company the last sentence described in an apposition after its subject, for "It is run by P". */
  describedObject: number | null;
  /** The gender the article's nouns gave its companies ("la start-up X", "le fonds Y"), for "celle-ci" later. */
  genders: GenderMap;
  /** Start offsets of this sentence's origin words that describe a name in it ("le fabricant lyonnais X"). */
  originDescriptors: Set<number>;
  /** The tokens of the sentence whose origins and deal parties were last recorded: each sentence is read once. */
  recordedTokens: Token[] | null;
  /** The last deal's buyer, target and seller, for "l'acquéreur", "the target", "le cédant" later. */
  dealRoles: DealRoles;
  /** Courts, regions and regulators named so far (`public-body-side.ts`): never a party of the article's deal. */
  publicBodies: Set<number>;
  /** The first deal the article told with both its buyer and target: the one "the combined company" grew from. */
  firstDeal: DealRoles;
  /**
   * The two companies the last sentence naming exactly two told of ("X is merging with Berlin rival Y"), for "Both"
   * and "the two banks" when no list or pair was coordinated.
   */
  recentPair: number[] | null;
  /** The organisation named after a person the current sentence names ("Augustin Dufresne" → Maison Dufresne). */
  familyOrg: number | null;
  /** The manager the article told raising a fund (anaphora-fund.ts), for "le fonds", "the new fund" later. */
  fundRaiser: number | null;
  /**
   * The investment firm named last (a fund-like name, or one introduced as "le fonds X"), for "le fonds", "the fund"
   * when no manager raising a fund was told (anaphora-fund.ts).
   */
  lastFund: number | null;
  /** Every investment firm named so far (as `lastFund` is found): "le groupe" stands for none of them. */
  funds: Set<number>;
  /** The headline's first company (anaphora-title.ts), or null when there is no headline or it names none. */
  titleOrg: number | null;
  /**
   * The target the last sentence named in a deal it told ("X a racheté Y"), in this paragraph: "Son fondateur"
   * opening the next sentence is the small company just bought (the buyer's founders are told elsewhere).
   */
  lastNamedTarget: number | null;
  /** The company "Son président" opening the next sentence belongs to (anaphora-possessive-owner.ts), or null. */
  possessiveOwner: number | null;
  /**
   * `possessiveOwner` as the paragraph before left it, when that paragraph was one sentence: wire copy gives each
   * sentence its own paragraph, and "Its chief executive, P" opening the next still belongs to that subject.
   * Only the first sentence of the new paragraph reads it (cleared when a sentence closes).
   */
  carriedPossessiveOwner: number | null;
  /**
   * The company a one-sentence paragraph opened on as its topic ("Chez Merlevent, la nouvelle est accueillie …"):
   * wire copy sets each sentence apart, and the next paragraph's "La PME" still stands for it
   * (anaphora-topic-carry.ts).
   */
  topicCarried: number | null;
  /**
   * The company the sentence just read opened on as its topic ("Chez X, …"), for the next sentence's opening
   * possessive of rivals or owners ("Son concurrent historique, Y", "Ses actionnaires"; anaphora-topic-carry.ts).
   */
  topicSentenceOrg: number | null;
  /** Companies introduced as another's rival (anaphora-rivals.ts): bystanders, weighed as side parties. */
  rivals: Set<number>;
  /**
   * Companies told as another's shareholder, client, supplier or holding, with the index of the sentence that first
   * told it (rival-side-parties.ts): a later rivalry pointer never stands for them (rival-pointer-topic.ts).
   */
  sideParties: Map<number, number>;
  /** The article's own company (anaphora-topic.ts): the headline's first company when the lead is about it too. */
  topicOrg: number | null;
  /** Whether the lead (the first sentence naming a company) was read, so the topic is decided once. */
  leadRead: boolean;
  /** The headline's letters and digits (to know the headline when the text repeats it) and its companies. */
  title: { letters: string; orgs: number[] } | null;
  /** Sentences read in the current paragraph before this one. */
  paragraphSentences: number;
  /** The persons the last sentence naming a party named ("Elle a racheté Y" after "dirigé par Paul M"). */
  lastSentencePersons: number[];
  /** Whether the last sentence named a person: "Elle" opening the next one may be that person. */
  lastNamedPerson: boolean;
  /** Companies the previous sentence's pointers stood for. */
  previousPointed: number[];
  /** Sentences of the article read so far. */
  sentencesRead: number;
  /**
   * The last acquisition a rule read (not a rumour nor an abandoned bid) with its buyer and target, and the index of
   * its sentence (anaphora-founded-target.ts).
   */
  lastAcquisition: {
    buyer: number;
    target: number;
    sentence: number;
    seller?: number | null;
    /** Told in the relative clause after the sentence's subject (anaphora-relative-subject.ts `inSubjectRelative`). */
    inSubjectRelative?: boolean;
  } | null;
  /**
   * The last company a rule read funded, or bought by an investment firm, with its investors and sentence
   * (anaphora-backed-company.ts), for the next sentence's opening pointer.
   */
  lastBacking: Backing | null;
  /** The last company a rule read a person founding, and its sentence's index (anaphora-just-founded.ts). */
  lastFounding: { company: number; sentence: number } | null;
  /** The investor the last sentence opened on through its staff ("X partner P …"), for "The firm" next. */
  staffEmployer: number | null;
  /** The rival the last sentence named ("competition with Yardly"), for "Its rival was …" (anaphora-pointed-rival.ts). */
  lastRival: number | null;
  /**
   * The company a French dative "lui" of the sentence being read stands for ("Bpifrance lui a apporté 4 M€"), read
   * while its units are built (anaphora-dative-clitic.ts); a funding reading that falls back on the topic takes it.
   */
  dativeOrg: number | null;
  /** Companies a stake or an investment went into (anaphora-invested-name.ts): no investment firm, whatever their name. */
  investedNames: Set<number>;
  /**
   * The one company subject of the current paragraph's sentences so far (anaphora-paragraph-subject.ts): null before
   * any, -1 once two differ.
   */
  paragraphSubject: number | null;
  /** The paragraph before's one company subject, for a definite pointer opening this paragraph. */
  previousParagraphSubject: number | null;
  /**
   * The paragraph before's one company subject when it is no headline company (anaphora-paragraph-subject.ts): only
   * a rivalry told of an opening pointer continues it (rival-paragraph-carry.ts).
   */
  previousParagraphAsideSubject: number | null;
  /** Companies told as another's unit ("X's arm, Y", "sa filiale, Y"), with their owner (anaphora-unit-owner.ts). */
  unitOwners: Map<number, number>;
  /** The one organisation the sentence before named with no word for another company (anaphora-lone-named-owner.ts). */
  loneNamedOrg: number | null;
}

export function newDiscourseState(): DiscourseState {
  return {
    lastOrg: null,
    lastOrgList: null,
    lastPair: null,
    lastSubjectOrg: null,
    pronounOrg: null,
    orgMentions: new Map(),
    paragraphOrgs: new Map(),
    paragraphPointed: new Map(),
    bornOrg: null,
    previousNamed: [],
    previousSources: [],
    namedBefore: [],
    previousHeads: [],
    speaker: newSpeakerState(),
    described: new Map(),
    companyVerbPronounOrg: null,
    firstWordOrg: null,
    mergingPair: null,
    pronounGender: 'none',
    origins: new Map(),
    genders: new Map(),
    describedObject: null,
    originDescriptors: new Set(),
    recordedTokens: null,
    dealRoles: { buyer: null, target: null, seller: null },
    publicBodies: new Set(),
    firstDeal: { buyer: null, target: null, seller: null },
    familyOrg: null,
    recentPair: null,
    titleOrg: null,
    fundRaiser: null,
    lastFund: null,
    funds: new Set(),
    lastNamedTarget: null,
    possessiveOwner: null,
    lastSentencePersons: [],
    carriedPossessiveOwner: null,
    topicCarried: null,
    topicSentenceOrg: null,
    rivals: new Set(),
    sideParties: new Map(),
    topicOrg: null,
    leadRead: false,
    title: null,
    paragraphSentences: 0,
    lastNamedPerson: false,
    sentencesRead: 0,
    previousPointed: [],
    lastAcquisition: null,
    lastBacking: null,
    lastFounding: null,
    staffEmployer: null,
    lastRival: null,
    dativeOrg: null,
    investedNames: new Set(),
    paragraphSubject: null,
    previousParagraphSubject: null,
    previousParagraphAsideSubject: null,
    unitOwners: new Map(),
    loneNamedOrg: null,
  };
}

/**
 * Share of a company's salience carried into a new paragraph: a round-up of several deals turns to a new company
 * with each paragraph, while the company an article is about keeps being named and stays ahead.
 */
const PARAGRAPH_SALIENCE_KEPT = 0.5;

/** A new paragraph starts: earlier mentions weigh less. */
export function startParagraph(state: DiscourseState): void {
  for (const [e, n] of state.orgMentions) state.orgMentions.set(e, n * PARAGRAPH_SALIENCE_KEPT);
  state.lastSubjectOrg = null;
  state.pronounOrg = null;
  state.companyVerbPronounOrg = null;
  state.lastNamedTarget = null;
  state.carriedPossessiveOwner = state.paragraphSentences === 1 ? state.possessiveOwner : null;
  state.possessiveOwner = null;
  closeParagraphSubject(state);
  state.paragraphOrgs.clear();
  state.paragraphPointed.clear();
  state.paragraphSentences = 0;
  endQuote(state.speaker);
  carryTopicOver(state);
}

/** A one-sentence paragraph's topic company stays the subject the next paragraph's pointers take. */
function carryTopicOver(state: DiscourseState): void {
  const topic = state.topicCarried;
  state.topicCarried = null;
  if (topic === null) return;
  state.topicSentenceOrg = topic;
  state.lastSubjectOrg = topic;
  state.pronounOrg = topic;
  state.companyVerbPronounOrg = topic;
  state.paragraphOrgs.set(topic, 1);
}

const NONE: ReadonlySet<number> = new Set();

/**
 * The most salient organisation so far; among equals the first named wins, because a news article opens on
 * the company it is about (the last subject is often an investor or a bystander). `namedLater`: companies the
 * sentence names after the pointer, which it cannot stand for — a writer who names a company in the sentence does not
 * also point at it there ("L'opérateur a été racheté par le groupe X" is not X).
 */
export function salientOrg(state: DiscourseState, namedLater: ReadonlySet<number> = NONE): number | null {
  let best = state.lastOrg ?? state.firstWordOrg ?? state.titleOrg;
  if (best !== null && namedLater.has(best)) best = null;
  let bestCount = 0;
  for (const [e, n] of state.orgMentions) {
    if (n > bestCount && !namedLater.has(e)) {
      best = e;
      bestCount = n;
    }
  }
  return best;
}

import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, isPersonAt, wordAt } from './founders-clause';
import { bareTitleAfter } from './founders-topic';
import { FOUNDER_NOUN } from './founders-words';

/**
 * LEADS of the article's company told by a speaker with a bare title after the name: "« … », souligne P, présidente
 * du directoire.", "“…,” said P, chief executive." The sentence names no company outside its quotation (a "nous"
 * inside it is the speaker's own company), so the title can be no one else's. A title of another body ("directeur
 * de la filiale", "head of sales") is refused by the title reader.
 */

/** Verbs of saying before an inverted speaker ("souligne P", "said P"). */
const SAY_BEFORE =
  /^(said|says|added|adds|explained|noted|commented|souligne|explique|ajoute|indique|précise|estime|assure|observe|résume|confie|glisse|rappelle|affirme|insiste|poursuit|commente|reconnaît|félicite|réjouit|déclare|conclut|note)$/;
/** Verbs of saying after the apposition ("P, présidente du directoire, a déclaré", "P, chief executive, said"). */
const SAY_AFTER =
  /^(said|says|told|added|explained|noted|commented|déclare|explique|ajoute|souligne|précise|estime|indique|assure|résume|confie|glisse|rappelle|affirme|insiste|poursuit|commente|reconnaît|conclut|observe)$/;
const SAID_FR = /^(déclaré|indiqué|expliqué|souligné|précisé|estimé|ajouté|assuré|confié)$/;

/** The speaker at `p` is inverted after a verb of saying ("souligne P", "se félicite P"). */
function invertedSpeaker(units: Unit[], p: number): boolean {
  return SAY_BEFORE.test(wordAt(units, p - 1) ?? '');
}

/** A verb of saying closes the apposition ending at `k` (", P, présidente du directoire, a déclaré"). */
function saysAfter(units: Unit[], k: number): boolean {
  const w = wordAt(units, k) ?? '';
  if (w === 'a') return SAID_FR.test(wordAt(units, k + 1) ?? '');
  return SAY_AFTER.test(w);
}

/**
 * Words after an apposition's closing comma that do not open the main verb: a list goes on ("P, directeur général,
 * et Q"), a time or place phrase, a relative or a determiner ("P, DG, depuis 2019, …").
 */
const NO_VERB =
  /^(et|ou|mais|puis|depuis|en|de|du|des|d'|à|au|aux|chez|pour|par|avec|sans|selon|dont|qui|que|qu'|le|la|les|l'|un|une|son|sa|ses|and|or|but|then|since|of|at|in|on|for|with|by|from|the|a|an|who|which|that|whose|its|his|her|as)$/;

/**
 * The main verb of the sentence opens at `k`, right after a title apposed to its subject ("Sa cofondatrice, P,
 * directrice générale, pilote la partie industrielle"): a lower-case word that is no link word.
 */
function verbAfter(units: Unit[], k: number): boolean {
  const u = units[k];
  return (
    u?.kind === 'tok' &&
    u.token.kind === 'word' &&
    u.token.text === u.token.lower &&
    !NO_VERB.test(u.token.lower)
  );
}

/** Index after the apposition's title words starting at `k` (up to the next comma or the sentence's end). */
function appositionEnd(units: Unit[], k: number): number {
  let j = k;
  while (j < units.length && wordAt(units, j) !== ',' && !/^[.;!?]$/.test(wordAt(units, j) ?? '')) j++;
  return j;
}

/**
 * The main verb keeps the person only on the board ("Katz, chairman since 1985, will remain a board member", "P,
 * président depuis 2015, restera administrateur"): the title apposed is the one being left, so no one leads by it.
 */
const KEEPS_ONLY_A_SEAT =
  /^(?:(?:will|would|is to|to) )?(?:remain|remains|stay|stays|continue|continues)(?: on)?(?: as)?(?: a| an)?(?: non-executive| outside| ordinary)? (?:director|board member|member of the board)(?: |$)|^(?:restera|demeurera|reste|demeure)(?: un| une| simple)? (?:administrateur|administratrice|membre du conseil)(?: |$)/;
/** Words after the apposition read for that verb phrase. */
const SEAT_PHRASE_UNITS = 8;

/** The verb phrase opening at `k` keeps the person only as a board member. */
function keepsOnlyASeat(units: Unit[], k: number): boolean {
  const words: string[] = [];
  for (let j = k; j < units.length && j < k + SEAT_PHRASE_UNITS; j++) {
    const w = wordAt(units, j);
    if (w === null) break;
    words.push(w);
  }
  return KEEPS_ONLY_A_SEAT.test(words.join(' '));
}

/** A relative pronoun opening an apposition ("P, who remains chief executive, said", "P, qui reste président"). */
const RELATIVE_OPENER = /^(who|which|that|qui|lequel|laquelle)$/;

/** Quote marks that open or close a quotation. */
const QUOTE_MARK = /^["“”«»]$/;

/**
 * The reporting clause names or points at a company. What the quotation says ("« Face à Nutrivet, nous … »")
 * names rivals, clients and partners far more often than the speaker's own company, so it is not looked at.
 */
/** `before`: only the units before that index are looked at (the speaker's side of a verb of saying). */
function namesCompanyOutsideQuotes(units: Unit[], before: number = units.length): boolean {
  let quoted = false;
  for (const [k, u] of units.slice(0, before).entries()) {
    if (u.kind === 'tok') {
      if (QUOTE_MARK.test(u.token.text)) quoted = !quoted;
    } else if (u.orgs && !quoted && !(k === 0 && possessiveOpener(units))) return true;
  }
  return false;
}

/**
 * "Sa cofondatrice, P, directrice générale, pilote …", "Its co-founder, P, the chief executive, runs …": a pointer
 * opening the sentence right before a founder noun or a title is a possessive of the article's company, which owns
 * the title too; it names no second company the title could belong to.
 */
function possessiveOpener(units: Unit[]): boolean {
  const u = units[0];
  const next = units[1];
  if (u?.kind !== 'ent' || !u.anaphor || next?.kind !== 'tok' || next.token.text !== next.token.lower)
    return false;
  return FOUNDER_NOUN.test(next.token.lower) || isLeaderTitle(next.token.lower);
}

/**
 * The speakers with a leader's bare title in `units`. `reportedOnly`: the sentence names companies, all of them in
 * what a "P, title, said …" speaker says ("N.J. Nicholas, president and chief operating officer, said Scott Foresman
 * will have …"): those are the story's other companies, the title is still the article's own company's.
 */
function speakersWithBareTitle(units: Unit[], reportedOnly: boolean): Captures[] {
  const out: Captures[] = [];
  if (!reportedOnly && namesCompanyOutsideQuotes(units)) return out;
  units.forEach((_, p) => {
    if (!isPersonAt(units, p) || wordAt(units, p + 1) !== ',') return;
    const end = appositionEnd(units, p + 2);
    const closing = wordAt(units, end);
    const says = closing === ',' && saysAfter(units, end + 1);
    if (reportedOnly) {
      // "P, who remains chief executive, said …" carries on a person the story placed before: no bare title
      if (RELATIVE_OPENER.test(wordAt(units, p + 2) ?? '')) return;
      if (!says || namesCompanyOutsideQuotes(units, end + 1) || !namesCompanyOutsideQuotes(units)) return;
    } else {
      const inverted = invertedSpeaker(units, p) && (closing === null || /^[.;!?]$/.test(closing));
      if (!inverted && !says && !(closing === ',' && verbAfter(units, end + 1))) return;
    }
    const title = bareTitleAfter(units, p + 2);
    if (title === null || !isLeaderTitle(title)) return;
    if (closing === ',' && keepsOnlyASeat(units, end + 1)) return;
    out.push({ p: idsAt(units, p), '#p': [p], [MATCH_START]: [p] });
  });
  return out;
}

export function readSpeakerBareTitle(units: Unit[]): Captures[] {
  return speakersWithBareTitle(units, false);
}

export function readSpeakerBeforeReportedClause(units: Unit[]): Captures[] {
  return speakersWithBareTitle(units, true);
}

/** Words one of which a sentence with a leader's bare title holds (rule-screen.ts). */
const LEADER_TITLE_WORDS =
  /^(p-?dg|président|présidente|directeur|directrice|dg|ceo|chief|chairman|chairwoman|chair|president|managing|head|boss|patron|patronne|gérant|gérante)$/u;

export const SPEAKER_TITLE_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.speaker-bare-title-topic',
    type: 'LEADS',
    read: readSpeakerBareTitle,
    neededWordPattern: LEADER_TITLE_WORDS,
    source: 'p',
    target: 'org',
    topicTarget: true,
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
  {
    id: 'frame.leads.speaker-before-reported-clause',
    type: 'LEADS',
    read: readSpeakerBeforeReportedClause,
    neededWordPattern: LEADER_TITLE_WORDS,
    source: 'p',
    target: 'org',
    topicTarget: true,
    // the companies of the reported clause are the salient ones: only the article's own company (its headline's,
    // as the lead tells it) owns the title, and with none known the reading gives nothing
    roundCompany: true,
    ownCompanyOnly: true,
    confidence: 0.65,
  },
];

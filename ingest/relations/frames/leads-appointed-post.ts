import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { isOblique } from '../syntax';
import { idsAt, isOrgAt, isPersonAt, wordAt } from './founders-clause';
import { appointeeAfter, NEWS_DAY } from './leads-appointed-old-title';
import { afterDatedDateline, boardOwnerAt } from './leads-appointing-subject';
import { readPost } from './leads-post-holder';

/**
 * LEADS of a person appointed to a head's post, any verb of the family and either voice: "X has appointed P as
 * chief executive", "it named finance chief P as its next chief executive", "X a nommé P au poste de directrice
 * générale", "X has hired former Salesforce executive P as its CEO", "P a été nommée présidente du directoire de
 * l'entreprise familiale", "X a confié sa direction générale à P" (or "à son directeur technique, P"). The post is read whole after the person (a
 * function's post, "chief operating officer", "directeur financier", or another body's is refused); the company is
 * the one the post is of, else the one its possessive points at, else the sentence's subject before the verb.
 */

/** Verbs of appointing, any tense and voice used in news. */
const APPOINT =
  /^(appointed|appoints|appoint|named|names|name|hired|hires|hire|recruited|recruits|tapped|taps|elected|elects|promoted|picked|chosen|selected|nommé|nommée|nomme|nommera|désigné|désignée|désigne|désignera|recruté|recrutée|recrute|élu|élue|choisi|choisie|promu|promue|confié|confie|confiera|entrusted)$/;
/** Words of a passive before the participle ("a été nommée", "has been named", "was appointed"). */
const PASSIVE_AUX = /^(été|been|was|were|is|be|est|sera|fut)$/;
/** Words that make the appointment a possibility, not a fact ("could name", "pourrait nommer"). */
const MODAL =
  /^(could|might|may|would|pourrait|pourraient|devrait|envisage|considering|expected|candidate|candidat|candidate)$/;
/** Words between the person and the post: "as", "comme", "au poste de", "to the role of", "à la". */
const POST_OPENER = /^(as|comme|au|to|à|en)$/;
const OPENER_FILLER =
  /^(poste|post|role|position|fonction|fonctions|the|la|le|l'|sa|son|its|their|leur|de|d'|of|rank)$/;
/** Adjectives of the post's time ("its next chief executive", "sa nouvelle directrice générale"). */
const POST_ADJECTIVE =
  /^(new|next|permanent|interim|acting|nouveau|nouvelle|nouvel|futur|future|prochain|prochaine|first|premier|première)$/;
/** Most units of an aside between the person and the post ("P, currently country manager at Y, as …"). */
const MAX_ASIDE_UNITS = 14;

/** The first post word from `from` (after the person) and a company its possessive points at ("as its CEO"), or null. */
function postAfter(units: Unit[], from: number, passive: boolean): { at: number; owner: number } | null {
  let k = from;
  if (wordAt(units, k) === ',' && !passive) {
    // "P, currently country manager at Y, as its CEO": an aside closed by a comma before the opener
    let j = k + 1;
    while (j < units.length && j - k <= MAX_ASIDE_UNITS && wordAt(units, j) !== ',') j++;
    if (wordAt(units, j) !== ',' || !POST_OPENER.test(wordAt(units, j + 1) ?? '')) return null;
    k = j + 1;
  }
  let owner = -1;
  let opened = false;
  if (POST_OPENER.test(wordAt(units, k) ?? '')) {
    opened = true;
    k++;
  }
  for (let n = 0; n < 4; n++) {
    if (isOrgAt(units, k) && units[k].kind === 'ent' && (units[k] as { anaphor: boolean }).anaphor) {
      // "as its chief executive": the possessive is a pointer unit
      owner = k;
      k++;
    } else if (opened && OPENER_FILLER.test(wordAt(units, k) ?? '')) k++;
    else break;
  }
  while (POST_ADJECTIVE.test(wordAt(units, k) ?? '')) k++;
  // a bare title right after the person ("a désigné P présidente", "named P chief executive") needs no opener
  return { at: k, owner };
}

/** The sentence's subject company before `t`: its first organisation, after no preposition. */
function subjectOrgBefore(units: Unit[], t: number): number {
  // a dateline's agency in brackets ("(Reuters) -", "--(BUSINESS WIRE)--") is no subject
  // but the company right after "(Reuters) -" is the subject, so a dash alone must be closed by one after the name
  const opening = afterDatedDateline(units);
  const first = units.findIndex(
    (u, i) =>
      i >= opening &&
      u.kind === 'ent' &&
      u.orgs &&
      !/^[(]+$/.test(wordAt(units, i - 1) ?? '') &&
      !(/^[-–—]+$/.test(wordAt(units, i - 1) ?? '') && /^[-–—]+$/.test(wordAt(units, i + 1) ?? '')) &&
      wordAt(units, i + 1) !== ')',
  );
  if (first < 0 || first >= t || !isOrgAt(units, first)) return -1;
  // "Le conseil de surveillance de X a désigné …", "The board of X named …": the board appoints for X
  return !isOblique(units, first) || boardOwnerAt(units, first) ? first : -1;
}

/** Verbs of handing a post: the post comes first, the person after "à"/"to" ("a confié sa direction générale à P"). */
const HANDS = /^(confié|confie|confiera|entrusted)$/;

/** "X a confié sa direction générale à P", "X entrusted the chairmanship to P": the company is the subject. */
function handed(units: Unit[], t: number): Captures[] {
  let det = t + 1;
  while (NEWS_DAY.test(wordAt(units, det) ?? '')) det++;
  if (!/^(sa|son|la|le|l'|the|its)$/.test(wordAt(units, det) ?? '') && !isOrgAt(units, det)) return [];
  const read = readPost(units, det + 1);
  if (!read.ok) return [];
  let k = det + 1;
  while (k < units.length && k - det <= 8 && !/^(à|to)$/.test(wordAt(units, k) ?? '')) k++;
  const p = handedPersonAt(units, k + 1);
  if (p < 0) return [];
  const org = read.of >= 0 ? read.of : isOrgAt(units, det) ? det : subjectOrgBefore(units, t);
  if (org < 0) return [];
  return [{ p: idsAt(units, p), '#p': [p], org: idsAt(units, org), '#org': [org], [MATCH_START]: [t] }];
}

/** Most words of the post the person held before, told between "à" and the name ("à son directeur technique, P"). */
const MAX_HANDED_DESCRIPTOR_WORDS = 4;
/** A possessive or article opening that former post ("à son directeur financier", "to its finance chief"). */
const HANDED_DESCRIPTOR_OPENER = /^(son|sa|leur|its|their|his|her|le|la|l'|the)$/;

/**
 * The person the post is handed to, from `k` right after "à"/"to": the name itself, or the name after the post
 * they held, closed by a comma ("a confié la direction générale par intérim à son directeur technique, P").
 * Returns the person's unit, or -1.
 */
export function handedPersonAt(units: Unit[], k: number): number {
  if (isPersonAt(units, k)) return k;
  const u = units[k];
  // the possessive before a title may already stand as a pointer at the company
  const opener = (u?.kind === 'ent' && u.anaphor) || HANDED_DESCRIPTOR_OPENER.test(wordAt(units, k) ?? '');
  if (!opener) return -1;
  let j = k + 1;
  while (j - k <= MAX_HANDED_DESCRIPTOR_WORDS && /^[\p{Ll}-]+$/u.test(wordAt(units, j) ?? '')) j++;
  return j > k + 1 && wordAt(units, j) === ',' && isPersonAt(units, j + 1) ? j + 1 : -1;
}

/** Most words of a post told before the person ("au poste de directrice générale déléguée"). */
const MAX_FRONT_POST_WORDS = 6;

/**
 * "Le conseil a nommé au poste de directrice générale P", "X named as chief executive P": the post comes first and
 * the person closes it. Returns the person's unit, or -1; a post of another body ("de la filiale") is refused.
 */
function personAfterFrontPost(units: Unit[], t: number): number {
  let k = t + 1;
  while (NEWS_DAY.test(wordAt(units, k) ?? '')) k++;
  if (!POST_OPENER.test(wordAt(units, k) ?? '')) return -1;
  k++;
  while (OPENER_FILLER.test(wordAt(units, k) ?? '')) k++;
  while (POST_ADJECTIVE.test(wordAt(units, k) ?? '')) k++;
  const read = readPost(units, k);
  if (!read.ok || read.of >= 0) return -1;
  let j = k;
  while (
    j < units.length &&
    j - k < MAX_FRONT_POST_WORDS &&
    wordAt(units, j) !== null &&
    wordAt(units, j) !== ','
  )
    j++;
  if (wordAt(units, j) === ',') j++;
  return isPersonAt(units, j) ? j : -1;
}

function readAppointed(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    if (!APPOINT.test(wordAt(units, t) ?? '')) return;
    for (let b = t - 1; b >= 0 && b >= t - 3; b--) if (MODAL.test(wordAt(units, b) ?? '')) return;
    if (/^(n'|ne|not|never|jamais|pas)$/.test(wordAt(units, t - 1) ?? '') || wordAt(units, t - 2) === "n'")
      return;
    if (HANDS.test(wordAt(units, t) ?? '')) {
      out.push(...handed(units, t));
      return;
    }
    const passive = PASSIVE_AUX.test(wordAt(units, t - 1) ?? '');
    let p: number;
    let from = t + 1;
    if (passive) {
      // "P, 38 ans, a été nommée …": the subject before the auxiliaries
      let b = t - 1;
      while (
        b >= 0 &&
        /^(été|been|was|were|is|be|est|sera|fut|a|has|had|have|will|just|vient|d'|de|être)$/.test(
          wordAt(units, b) ?? '',
        )
      )
        b--;
      if (wordAt(units, b) === ',') {
        let c = b - 1;
        while (c >= 0 && b - c <= 4 && wordAt(units, c) !== ',' && wordAt(units, c) !== null) c--;
        if (wordAt(units, c) === ',') b = c - 1;
      }
      if (!isPersonAt(units, b) || isOblique(units, b)) return;
      p = b;
    } else {
      // "a nommé au poste de directrice générale P": the post read before the person, the subject's company
      const front = personAfterFrontPost(units, t);
      if (front >= 0) {
        const org = subjectOrgBefore(units, t);
        if (org >= 0) out.push(leadCapture(units, front, org, t));
        return;
      }
      const appointee = appointeeAfter(units, t);
      if (!appointee) return;
      p = appointee.p;
      from = appointee.postFrom;
    }
    const post = postAfter(units, from, passive);
    if (!post) return;
    const read = readPost(units, post.at);
    if (!read.ok) return;
    const org =
      read.of >= 0 ? read.of : post.owner >= 0 ? post.owner : passive ? -1 : subjectOrgBefore(units, t);
    if (org < 0) return;
    out.push(leadCapture(units, p, org, t));
  });
  return out;
}

/** The captures of P heading the company at `org`, the match starting at the person or the verb `t`. */
function leadCapture(units: Unit[], p: number, org: number, t: number): Captures {
  return {
    p: idsAt(units, p),
    '#p': [p],
    org: idsAt(units, org),
    '#org': [org],
    [MATCH_START]: [Math.min(p, t)],
  };
}

export const APPOINTED_POST_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.appointed-post',
    type: 'LEADS',
    read: readAppointed,
    neededWordPattern:
      /^(appoint|named|names|name$|hire|recruit|tapped|taps|elect|promot|picked|chosen|selected|nomm|désign|recrut|élu|choisi|promu|confi|entrusted)/u,
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];

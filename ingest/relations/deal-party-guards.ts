import type { Unit } from './pattern';

/**
 * Checks on where a deal's parties stand, found wrong on real wire copy and filings nobody tuned on: a name that
 * is a count of goods, a deal noun owned by another company, a regulator ruling on the deal, a merger partner that
 * only owns the unit merged. `clause-guards.ts` applies them to pattern matches; the frame readers reuse some.
 */

function lower(u: Unit | undefined): string {
  if (!u) return '';
  return u.kind === 'tok' ? u.token.lower : (u.word?.lower ?? '');
}

function isTok(u: Unit | undefined, re: RegExp): boolean {
  return u?.kind === 'tok' && re.test(u.token.lower);
}

/** Number words and scale words that make the name after them a count of things ("four Boeing 747s"). */
const COUNT_WORDS =
  /^(two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|mln|million|millions|billion|bln|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|mille|millier|milliers|million|milliard|milliards)$/u;
/** A four-digit year before a name ("acquired in 2019 Y") dates the deal; it counts nothing. */
const YEAR = /^(19|20)\d\d$/u;

/** Words after a counted name that make the count one of its shares: a stake, still read as a deal. */
const SHARE_WORDS =
  /^(common|ordinary|preferred|class|share|shares|stock|warrants|treasury|actions|titres)$/u;

/**
 * "will buy four Boeing 747s", "purchased 1.7 million MWh": a name right after a count is a count of goods bought
 * (aircraft, power), not the company itself. "bought 36,700 X common shares" stays: a block of a company's shares
 * is a stake in it (wire-copy deal keys count it), and "80 pct of Y" has a word between.
 */
export function countedTarget(units: Unit[], i: number): boolean {
  const before = units[i - 1];
  if (before?.kind !== 'tok') return false;
  const { token } = before;
  const counted =
    token.kind === 'number' ? !YEAR.test(token.text) : token.kind === 'word' && COUNT_WORDS.test(token.lower);
  if (!counted) return false;
  const after = units[i + 1];
  return !(after?.kind === 'tok' && SHARE_WORDS.test(after.token.lower));
}

/** Words that open a reported clause's own subject when it names nobody ("said a group of investors offered"). */
const UNNAMED_SUBJECT_OPENERS =
  /^(a|an|about|some|several|other|two|three|four|five|six|seven|eight|nine|ten|many|various|unnamed|unidentified|investors|companies|buyers)$/u;
/** Verbs (or their auxiliaries) that close such a subject and carry the deal. */
const REPORTED_DEAL_VERBS =
  /^(offered|offers|offer|bid|bids|are|is|were|was|has|have|had|would|will|may|might|plan|plans|planned|agreed|agree|agrees|want|wants|wanted|intend|intends|sought|seek|seeks)$/u;
/** A subject noun that makes the unnamed buyer the speaker's own part ("said a unit agreed to buy Y"). */
const OWN_PART_NOUNS = /^(unit|subsidiary|affiliate|division|its)$/u;
/** Most words of such an unnamed subject. */
const MAX_UNNAMED_SUBJECT_WORDS = 5;

/**
 * "Phoenix Steel said a group of investors offered to buy its Clayton mill", "Mercer said about seven companies are
 * interested in buying Celeron": the speaker reports someone else's deal. The reported clause opens on a subject
 * that names nobody, so the speaker before "said" is no buyer. A subject that is the speaker's own unit stays.
 */
function unnamedBuyerReported(units: Unit[], a: number, b: number): boolean {
  if (!isTok(units[a + 1], /^(said|says)$/u)) return false;
  let k = a + 2;
  if (isTok(units[k], /^that$/u)) k++;
  if (!isTok(units[k], UNNAMED_SUBJECT_OPENERS)) return false;
  for (let j = k + 1; j < b && j - k <= MAX_UNNAMED_SUBJECT_WORDS; j++) {
    const u = units[j];
    if (u.kind !== 'tok') return false;
    if (OWN_PART_NOUNS.test(u.token.lower)) return false;
    if (REPORTED_DEAL_VERBS.test(u.token.lower)) return true;
  }
  return false;
}

/** Deal nouns whose possessor is the buyer or bidder ("USAir Group's proposed acquisition of PSA"). */
const OWNED_DEAL_NOUNS = /^(acquisition|purchase|takeover|buyout|offer|bid|proposal|attempt)$/u;
/** Nouns of a bid, which a name right before qualifies as its bidder ("the Emery offer"; not "the Acme acquisition"). */
const BID_NOUNS = /^(offer|bid|proposal)$/u;
/** Most words between a possessor and its deal noun ("'s proposed 400 mln dlr acquisition"). */
const MAX_POSSESSED_NOUN_WORDS = 6;

/**
 * "The Department of Transportation gave final approval to USAir Group's acquisition of PSA", "a spokesman for
 * Norfolk Southern had no comment on TWA's offer for USAir": another company's possessive before the deal noun
 * names the buyer, so the first party (a regulator, a commentator) buys nothing. So does a reported clause whose
 * subject names nobody ("X said a group of investors offered to buy Y"): the deal is that subject's.
 */
export function dealOwnedBetween(units: Unit[], a: number, b: number): boolean {
  if (unnamedBuyerReported(units, a, b)) return true;
  for (let k = a + 1; k < b - 1; k++) {
    const u = units[k];
    if (u.kind !== 'ent' || !u.orgs) continue;
    // "dealer manager of the General Partners offer for Y": a name qualifying a bid is the bidder
    if (isTok(units[k + 1], BID_NOUNS)) return true;
    if (!isTok(units[k + 1], /^('s|’s)$/u)) continue;
    for (let j = k + 2; j < b && j - k - 2 < MAX_POSSESSED_NOUN_WORDS; j++) {
      const w = units[j];
      if (w.kind !== 'tok') break;
      if (OWNED_DEAL_NOUNS.test(w.token.lower)) return true;
    }
  }
  return false;
}

/** Nouns of a company held by another. */
const HELD_UNIT_NOUNS = /^(subsidiary|subsidiaries|unit|affiliate|filiale|branche)$/u;
/** Most words between an owner's possessive and the unit noun ("'s wholly-owned subsidiary"). */
const MAX_UNIT_QUALIFIER_WORDS = 3;

/**
 * "the merger of Rexnord with a subsidiary of Banner", "the merger of its unit with Serum's wholly-owned
 * subsidiary X": a partner named as the owner of the unit merged is no party to a merger of equals.
 */
export function partnerIsAUnit(units: Unit[], b: number): boolean {
  if (/^(of|de|du|d'|d’)$/u.test(lower(units[b - 1])) && HELD_UNIT_NOUNS.test(lower(units[b - 2])))
    return true;
  if (!isTok(units[b + 1], /^('s|’s)$/u)) return false;
  for (let j = b + 2; j < units.length && j - b - 2 <= MAX_UNIT_QUALIFIER_WORDS; j++) {
    const u = units[j];
    // "Serum's wholly-owned Covidshield": the partner is the company the owner holds
    if (u.kind !== 'tok') return u.orgs;
    if (HELD_UNIT_NOUNS.test(u.token.lower)) return true;
  }
  return false;
}

/** Verbs of a regulator or court ruling on a deal. */
const RULING_VERBS =
  /^(approved|approves|cleared|clears|authorized|authorised|authorizes|authorises|blocked|blocks|approuvé|approuve|autorisé|autorise|bloqué|bloque|validé|valide)$/u;
/** Words that may stand between such a subject and its verb ("has formally approved", "a finalement autorisé"). */
const RULING_AUX =
  /^(has|have|had|will|would|also|formally|officially|finally|on|monday|tuesday|wednesday|thursday|friday|a|ont|aussi|finalement|officiellement)$/u;

/**
 * "Suffield said the Federal Reserve Board approved its application to acquire Coastal": the first party is the
 * subject of a ruling verb, so it judges the deal and buys nothing.
 */
export function rulesOnTheDeal(units: Unit[], a: number, b: number): boolean {
  // "X said it has approved a plan to buy Y": a company approving its own plan is still the buyer
  const first = units[a];
  if (first?.kind === 'ent' && first.anaphor) return false;
  for (let k = a + 1; k < b; k++) {
    const u = units[k];
    if (u.kind !== 'tok') return false;
    if (RULING_VERBS.test(u.token.lower)) return true;
    if (!RULING_AUX.test(u.token.lower)) return false;
  }
  return false;
}

/** Deal nouns whose buyer a rule takes from the words before them ("X completed the acquisition of Y"). */
const BUYER_LESS_NOUNS = /^(acquisition|acquisitions|purchase|purchases|takeover|buyout)$/u;
/** The speaker's possessive: "our acquisition of Y" is the speaker's deal, not a name's standing before it. */
const SPEAKER_POSSESSIVES = /^(our|my)$/u;
/** "cash used for the acquisition of Y", "costs incurred in the acquisition": money spent on a deal names no buyer. */
const SPENT_ON = /^(used|paid|spent|incurred|costs|expenses|charges|proceeds|financing|borrowings)$/u;
/** "For X, the acquisition of Y means …" keeps X: the deal is told from the buyer's side. */
const FRONT_PREPOSITIONS = /^(in|within|during|at|under|on|among|across)$/u;
/** Most units from the sentence start to a name inside a fronted phrase ("In the PSS segment"). */
const MAX_FRONT_UNITS = 4;

/**
 * The deal noun between the parties names no buyer at the first party: "upon our acquisition of Y" (the speaker's),
 * "Net cash used for the acquisition of Y" (money spent), "In the X segment, the acquisition of Y contributed …"
 * (a fronted phrase, closed by its comma, holds the first name). An anaphor first party ("we", "the company") is
 * the buyer the rule means and stays.
 */
export function dealNounWithoutBuyer(units: Unit[], a: number, b: number): boolean {
  const first = units[a];
  if (first?.kind !== 'ent' || first.anaphor) return false;
  for (let k = a + 1; k < b; k++) {
    if (!isTok(units[k], BUYER_LESS_NOUNS)) continue;
    const before = lower(units[k - 1]);
    // "X said our acquisition of Y closed": X speaks, so "our" is X
    const spoken = units.slice(a + 1, k).some((u) => isTok(u, /^(said|says|told|added|stated)$/u));
    if (SPEAKER_POSSESSIVES.test(before) && !spoken) return true;
    const prep = /^(the|an?)$/u.test(before) ? lower(units[k - 2]) : before;
    const verb = /^(the|an?)$/u.test(before) ? lower(units[k - 3]) : lower(units[k - 2]);
    if (/^(for|on|in)$/u.test(prep) && SPENT_ON.test(verb)) return true;
    const fronted =
      a <= MAX_FRONT_UNITS &&
      isTok(units[0], FRONT_PREPOSITIONS) &&
      !units.slice(1, a).some((u) => isTok(u, /^,$/u)) &&
      units.slice(a + 1, k).some((u) => isTok(u, /^,$/u));
    if (fronted) return true;
  }
  return false;
}

/** Relative pronouns that open a subject relative after a closing comma. */
const SUBJECT_RELATIVES = /^(qui|which|who)$/u;
/** Determiners opening an apposition's head noun ("X, la filiale spécialisée de A,", "X, a unit of A,"). */
const APPOSITION_OPENERS = /^(the|a|an|le|la|l'|les|un|une|sa|son|its)$/u;
const OF_WORDS = /^(of|de|du|d'|des)$/u;
/** Most units from the apposition's opening comma to the name closing it. */
const MAX_APPOSITION_UNITS = 8;

/**
 * "…par X, la filiale spécialisée de A, qui avait racheté Y", "X, a unit of A, which bought Y": the name at `i`
 * closes an apposition of X, and the relative after it tells of X, not of A. True when `i` stands so.
 */
export function closesApposition(units: Unit[], i: number): boolean {
  if (!isTok(units[i + 1], /^,$/u) || !isTok(units[i + 2], SUBJECT_RELATIVES)) return false;
  if (
    !isTok(units[i - 1], OF_WORDS) &&
    !(isTok(units[i - 2], OF_WORDS) && isTok(units[i - 1], APPOSITION_OPENERS))
  )
    return false;
  for (let k = i - 2; k > 0 && i - k <= MAX_APPOSITION_UNITS; k--) {
    const u = units[k];
    if (u.kind === 'ent') return false;
    if (u.token.lower !== ',') continue;
    const head = units[k - 1];
    return isTok(units[k + 1], APPOSITION_OPENERS) && head?.kind === 'ent' && head.orgs;
  }
  return false;
}

/**
 * "A and B compete with X, the biggest publisher, which bought Y": the verb after the relative tells of a name
 * standing between the first party and the pronoun, not of the first party. True when units `a` < `b` stand so.
 */
export function relativeOfAnother(units: Unit[], a: number, b: number): boolean {
  let named = false;
  for (let k = a + 1; k < b; k++) {
    const u = units[k];
    if (u.kind === 'ent') named ||= u.orgs;
    else if (named && SUBJECT_RELATIVES.test(u.token.lower) && isTok(units[k - 1], /^,$/u)) return true;
  }
  return false;
}

import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import { isOblique } from './syntax';
import { isBracketed } from './sentence-subject';
import type { DiscourseState } from './discourse';
import type { EntityIndex } from '../resolve/mentions';
import { isFundLikeName } from './salience-cues';
import { subjectOrgOpening } from './paragraph-topic';
import { FOUNDER_WORDS, LEADER_TITLE_WORDS } from './anaphor-words';

/**
 * "X boucle son deuxième fonds à 180 M€. Le fonds investira … Il a déjà investi dans A", "X closed its third fund.
 * The new fund has backed A": after a manager raised a fund, "le fonds", "the fund", "le nouveau véhicule" are that
 * manager's money and its investments are the manager's — not those of an investor in the fund (Bpifrance, the
 * EIF), which the same article may call a fund too.
 */

/** Nouns of an investment vehicle. */
const FUND_NOUNS = new Set(['fonds', 'fund', 'véhicule', 'vehicle']);
/** Words of raising or closing a fund ("a bouclé son fonds", "closed its fund", "le closing de son fonds"). */
const RAISING_WORDS = new Set(
  `closing clôture clôturé clôt boucle bouclé lève levé lance lancé closed closes close raised raises launched
  launches final`
    .trim()
    .split(/\s+/),
);
/** Determiners and adjectives of the pointer: "le fonds", "ce fonds", "le nouveau fonds", "the new fund". */
const FUND_DETERMINERS = new Set(['le', 'ce', 'the', 'this', 'du', 'au']);
const FUND_ADJECTIVES = new Set(['nouveau', 'new', 'hedge', 'activist']);
/**
 * "The fund's founder, P", "the hedge fund's chief executive": the firm's own people after its possessive. Other
 * possessed nouns ("the fund's stake in Y", "the fund's investors") are left unread, as a fund the article raised
 * may own them.
 */
const FUND_PEOPLE_WORDS: ReadonlySet<string> = new Set([...FOUNDER_WORDS, ...LEADER_TITLE_WORDS]);
/** The words at `i` without which `fundPointerLength` reads nothing (pointer-screen.ts skips it elsewhere). */
export const FUND_POINTER_START_WORDS: ReadonlySet<string> = FUND_DETERMINERS;

/** Words that make the fund after a raising word the raiser's own new one ("closed its third fund", "un fonds"). */
const OWN_FUND_WORDS = new Set(['son', 'sa', 'its', 'their', 'leur', 'un', 'a', 'nouveau', 'new']);
/** Most tokens from the raising word to the fund noun ("le closing de son deuxième fonds", "a bouclé en début d'année un fonds"). */
const MAX_RAISING_TO_FUND_TOKENS = 7;

/** A raising word stands a few tokens before a fund noun, with a possessive or "un/a" between. */
function tellsFundRaising(tokens: Token[]): boolean {
  return tokens.some((t, f) => {
    if (!FUND_NOUNS.has(t.lower)) return false;
    for (let r = f - 1; r >= 0 && f - r <= MAX_RAISING_TO_FUND_TOKENS; r--) {
      if (!RAISING_WORDS.has(tokens[r].lower)) continue;
      return tokens.slice(r + 1, f).some((w) => OWN_FUND_WORDS.has(w.lower));
    }
    return false;
  });
}

/** The manager the sentence tells raising a fund: its first company not after a preposition, else null. */
export function fundRaiserIn(tokens: Token[], units: Unit[]): number | null {
  if (!tellsFundRaising(tokens)) return null;
  const k = units.findIndex(
    (u, j) =>
      u.kind === 'ent' && u.orgs && u.word === undefined && !isOblique(units, j) && !isBracketed(units, j),
  );
  const u = units[k];
  return u?.kind === 'ent' && u.ents.length === 1 ? u.ents[0] : null;
}

/** Tokens of "le fonds", "le nouveau fonds", "the new fund" at `i` with no name after it, else 0. */
export function fundPointerLength(tokens: Token[], mentions: Mention[], i: number): number {
  if (!FUND_DETERMINERS.has(tokens[i].lower)) return 0;
  const k = FUND_ADJECTIVES.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  if (!FUND_NOUNS.has(tokens[k]?.lower ?? '')) return 0;
  // "le fonds Garonne Capital", "le fonds toulousain X", "the fund's": a name or a possessive follows; "le Fonds
  // Cléantech Avenir": the noun opens the name itself
  const next = tokens[k + 1];
  if (mentions.some((x) => x.from === k || x.from === k + 1 || x.from === k + 2)) return 0;
  if (next?.text === "'s" && !FUND_PEOPLE_WORDS.has(tokens[k + 2]?.lower ?? '')) return 0;
  // "le fonds de fonds", "le fonds d'infrastructures X": a complement makes it a kind of fund, not this one
  if (next && /^(de|d'|des|du|of)$/.test(next.lower)) return 0;
  return k + 1 - i;
}

/**
 * Records the sentence's fund raiser and the last investment firm it named. "Xavier Lorenzi, cofondateur d'Averna
 * Capital, … Le fonds avait déjà investi dans Monicap", "Cadenza Capital … counts the EIF among its limited partners.
 * The fund has also backed Tunebridge": with no fund raised in the article, "le fonds" / "the fund" is the
 * investment firm named last, wherever it stood in its sentence, not the company the article is about.
 */
export function recordFunds(tokens: Token[], units: Unit[], index: EntityIndex, state: DiscourseState): void {
  state.fundRaiser = fundRaiserIn(tokens, units) ?? state.fundRaiser;
  const introduced = new Set(['fonds', 'fund'].map((n) => state.described.get(n)));
  const isFund = (e: number) => introduced.has(e) || isFundLikeName(index.entities[e].surfaces[0] ?? '');
  for (const u of units) {
    if (u.kind !== 'ent' || !u.orgs || u.anaphor || u.ents.length !== 1) continue;
    if (!isFund(u.ents[0])) continue;
    state.lastFund = u.ents[0];
    state.funds.add(u.ents[0]);
  }
  // "Ouest Santé Capital … a été lancé par la société de gestion Armor Gestion. Le fonds a investi …": a fund the
  // sentence is about stays the one told of; the manager, adviser or partner named after it is a side party
  const subject = subjectOrgOpening(units);
  if (subject === null || !isFund(subject)) return;
  state.funds.add(subject);
  state.lastFund = subject;
}

/**
 * "Paul Vermeer, directeur général de Sofimed Ventures, juge que … Le fonds a par ailleurs pris une participation
 * dans Y": an investment firm the sentence before named is what "le fonds" / "the fund" opening the next one stands
 * for, before a fund the article introduced paragraphs earlier. Null when the last sentence named no such firm.
 */
export function recentFund(state: DiscourseState): number | null {
  const fund = state.lastFund;
  if (fund === null) return null;
  if (state.previousNamed.includes(fund)) return fund;
  // "As for Ardent, the firm … It closed a second fund in January. Its portfolio includes A": a sentence that named
  // no company and whose pointers all stood for the firm keeps the firm as the one just told of
  const pointedOnly = state.previousPointed.length > 0 && state.previousPointed.every((e) => e === fund);
  return pointedOnly && state.previousNamed.every((e) => e === fund || !state.orgMentions.has(e))
    ? fund
    : null;
}

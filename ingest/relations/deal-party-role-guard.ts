import type { Sentence } from '../sentences';
import type { Captures, Unit } from './pattern';
import { capturedAt, MATCH_START } from './pattern';
import type { Rule } from './rule';

/**
 * A party whose own words give it another role than the one the rule read: the company whose parent is the
 * subject ("Harcourt Canada's U.S. parent, HBJ, purchased Y", "la maison mère de X, Y, a racheté Z"), the vehicle a
 * deal was made through ("the buyout was accomplished through Onpraise Ltd", "par l'intermédiaire de sa filiale
 * Z"), the holders that only designated the people listed ("three members designated by the investors, including
 * P"), a holder bought out ("buying out venture investor Z"). The buyer, the target or the investors are named
 * elsewhere, or not at all.
 */
const DEAL_TYPES = new Set(['ACQUIRED', 'FUNDED', 'MERGED_WITH']);

/** "X's U.S. parent", "X's parent company, Y": the subject is X's owner, not X. */
const OWNER_AFTER =
  /^(?:['’]s?|>['’]s?)\s+(?:[\p{L}.-]+\s+){0,2}?(?:parent|owner|owners|majority\s+(?:owner|shareholder)|holding\s+company)(?![\p{L}])/iu;
/** "la maison mère de X", "l'actionnaire majoritaire de X": X is what the subject owns. */
const OWNER_BEFORE =
  /(?<![\p{L}])(?:(?:maison|société)\s+mère|actionnaire\s+(?:majoritaire|principal|de\s+référence))\s+(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])<?$/iu;
/** "through Z", "through its unit Z", "via Z", "par l'intermédiaire de Z", "par le biais de sa filiale Z". */
const VEHICLE_BEFORE =
  /(?<![\p{L}])(?:through|via|par\s+l['’]intermédiaire\s+(?:de|du|des|d['’])|par\s+le\s+biais\s+(?:de|du|des|d['’])|au\s+travers\s+(?:de|du|des|d['’])|à\s+travers)\s*(?:(?:its|their|his|a|an|the|sa|son|ses|leur|leurs|la|le|l['’]|une?)\s*)?(?:(?!(?:of|de|du|des)\s)[\p{L}-]+\s+){0,2}<?$/iu;
/**
 * Holders that are the agent of a designation ("designated by the investors", "nommés par les actionnaires"); not
 * those that joined a round ("rejoint par ses investisseurs historiques, dont Y").
 */
const HOLDERS_AS_AGENT =
  /(?<![\p{L}])(?:designated|appointed|named|nominated|chosen|selected|proposed|elected|désigné\p{L}*|nommé\p{L}*|choisi\p{L}*|proposé\p{L}*|élu\p{L}*)\s+(?:by|par)\s+(?:the\s+|its\s+|their\s+|les\s+|ses\s+|leurs\s+|des\s+)?$/iu;
/**
 * "buying out venture investor Z", "bought out early backer Z", "buy out its partner Z": Z is a holder whose shares
 * are bought (a seller), not the company bought nor one financed.
 */
const BOUGHT_OUT_HOLDER_BEFORE =
  /(?<![\p{L}])(?:buy|buys|bought|buying)\s+out\s+(?:(?:its|their|the|an?|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:investors?|backers?|shareholders?|holders?|partners?|co-owners?|stakeholders?)\s*,?\s*<?$/iu;
const APPOSED_HOLDER_RULES = new Set(['en.funded.holders-apposed', 'fr.funded.holders-apposed']);

function ent(units: Unit[], i: number): Extract<Unit, { kind: 'ent' }> | null {
  const u = units[i];
  return u && u.kind === 'ent' && !u.anaphor ? u : null;
}

/** True when a party of the match is named in a role other than the one the rule gives it. */
export function partyInOtherRole(rule: Rule, caps: Captures, units: Unit[], sentence: Sentence): boolean {
  if (!DEAL_TYPES.has(rule.type)) return false;
  const text = sentence.text;
  const rel = (at: number) => at - sentence.start;
  if (APPOSED_HOLDER_RULES.has(rule.id)) {
    const first = units[caps[MATCH_START]?.[0] ?? -1];
    const from = first ? rel(first.kind === 'ent' ? first.start : first.token.start) : -1;
    if (from >= 0 && HOLDERS_AS_AGENT.test(text.slice(Math.max(0, from - 40), from))) return true;
  }
  const src = rule.source ? ent(units, capturedAt(caps, rule.source)) : null;
  if (src && rule.source !== rule.target) {
    if (OWNER_AFTER.test(text.slice(rel(src.end), rel(src.end) + 60))) return true;
    if (OWNER_BEFORE.test(text.slice(Math.max(0, rel(src.start) - 60), rel(src.start)))) return true;
  }
  const tgt = rule.target && rule.type !== 'MERGED_WITH' ? ent(units, capturedAt(caps, rule.target)) : null;
  const beforeTarget = tgt ? text.slice(Math.max(0, rel(tgt.start) - 60), rel(tgt.start)) : '';
  if (tgt && VEHICLE_BEFORE.test(beforeTarget)) return true;
  if (tgt && BOUGHT_OUT_HOLDER_BEFORE.test(beforeTarget)) return true;
  return false;
}

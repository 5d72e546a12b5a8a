import type { ExtractedRelation } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { clauseStart, isTok } from './funded-clause';

/**
 * The vehicle an investor puts its money through, named right after the connector: "Bpifrance, via son fonds
 * Industrie de Demain", "le fonds investit au travers de son véhicule V", "par l'intermédiaire de son fonds de
 * corporate venture V", "Alder Bay wrote its cheque through Alder Bay Health Fund II", "Harbourview is investing
 * through V". The units fold a descriptor before a name into the name ("son fonds V" is one unit), so the pattern
 * rule of `funded-vehicle.ts`, which reads the vehicle noun as a word, only reads it when a comma keeps it apart;
 * this reader takes the name after the connector when a folded descriptor stood there (a gap in the text between
 * the connector and the name), or when the clause tells an investment ("is investing through V"). As for the
 * pattern rule, the vehicle funds the round's company (a topic rule), never its own parent
 * (`parentOfVehicle`), and a company raising money "through" a platform is no investor's vehicle.
 */

/** Id of the reader, whose guessed company `funded-vehicle.ts` checks against the parent. */
export const FOLDED_VEHICLE_RULE_ID = 'any.funded.through-folded-vehicle';

/** One-word connectors. */
const VIA = /^(via|through)$/;
/** Nouns of the French connectors "au travers de", "par l'intermédiaire de", "par le biais de". */
const VIA_NOUN = /^(travers|intermédiaire|biais)$/;
const OF = /^(de|d'|du)$/;
/** Words of investing in the clause before a bare connector ("is investing through V", "wrote its cheque"). */
const INVESTS =
  /^(invest|invests|invested|investing|investit|investi|investira|investissent|cheque|check|participe|participé|participera|participates|participated|joined|joins|rejoint|stake|participation|backs|backed|soutient|soutenu|entre|entré|entrée|takes|took|prend|pris)$/;
/** A company raising money "through" something raises it from no vehicle of its own investor. */
const RAISES =
  /^(raised|raises|raise|raising|lève|lèvent|levé|lever|levée|collecte|collecté|collectés|collected|crowdfunding|platform|plateforme)$/;
/** Words of a funding told in the sentence: "via sa filiale V" among a market's players tells no investment. */
const FUNDING_CONTEXT =
  /^(tour|levée|round|investit|investi|investira|investissement|invest|invests|invested|investing|investment|participation|participe|participé|capital|financement|funding|financing|stake|cheque|check|série|series|seed|amorçage|backed|soutient|joined|participated|took|part)$/;
/**
 * Words of a purchase between the parent and the connector: "took over the business of Y through its subsidiary V"
 * or "acquired Y via its unit V" is a deal made through a buyer's unit (deal-through-unit.ts), no investment.
 */
const PURCHASES =
  /^(acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|over|rachète|rachètent|racheté|racheter|rachètera|acquiert|acquis|acquérir|acquerra|reprend|repris|reprendre|reprendra|acquisition|rachat|reprise|takeover)$/;

/** Most units from the parent to the connector ("joined the $45 million round"). */
const PARENT_TO_VIA_UNITS = 12;

/** The unit after the connector ending at or starting at `t`, and where the connector's text ends; or null. */
function afterConnector(units: Unit[], t: number): { v: number; end: number } | null {
  const u = units[t];
  if (u.kind !== 'tok') return null;
  if (VIA.test(u.token.lower)) return { v: t + 1, end: u.token.end };
  if (!VIA_NOUN.test(u.token.lower) || !isTok(units, t + 1, OF)) return null;
  const of = units[t + 1] as { token: { end: number } };
  return { v: t + 2, end: of.token.end };
}

/** "B, qui investit via son fonds V": the relative's antecedent is the parent. */
const RELATIVE = /^(qui|which|who|that)$/;

/** The parent named before the connector at `t` in its clause, or -1. */
function parentBefore(units: Unit[], t: number): number {
  const clause = clauseStart(units, t, true);
  const antecedent = isTok(units, clause, RELATIVE) && isTok(units, clause - 1, /^,$/) ? clause - 2 : clause;
  const start = Math.max(antecedent, t - PARENT_TO_VIA_UNITS);
  for (let k = t - 1; k >= start; k--) {
    const u = units[k];
    if (u.kind === 'ent') return u.orgs ? k : -1;
  }
  return -1;
}

function wordsBetween(units: Unit[], from: number, to: number, re: RegExp): boolean {
  for (let k = from; k < to; k++) if (isTok(units, k, re)) return true;
  return false;
}

function foldedVehicles(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  for (let t = 1; t < units.length; t++) {
    const c = afterConnector(units, t);
    const v = c === null ? undefined : units[c.v];
    if (c === null || v?.kind !== 'ent' || !v.orgs || v.anaphor) continue;
    const parent = parentBefore(units, t);
    if (parent < 0) continue;
    const p = units[parent] as { ents: number[] };
    if (p.ents.some((e) => v.ents.includes(e)) || wordsBetween(units, 0, c.v, RAISES)) continue;
    if (!wordsBetween(units, 0, units.length, FUNDING_CONTEXT)) continue;
    // a descriptor folded into the name left a gap in the text: "via son fonds V"
    const folded = v.start > c.end + 1;
    if (!folded && !wordsBetween(units, parent + 1, t, INVESTS)) continue;
    if (wordsBetween(units, clauseStart(units, t, true), t, PURCHASES)) continue;
    out.push({ src: v.ents, '#src': [c.v], [MATCH_START]: [parent] });
  }
  return out;
}

export const FOLDED_VEHICLE_FRAMES = readerRules([
  {
    id: FOLDED_VEHICLE_RULE_ID,
    type: 'FUNDED',
    neededWordPattern: /^(via|through|travers|intermédiaire|biais)$/u,
    read: foldedVehicles,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.55,
  },
]);

/**
 * The vehicle puts in the money its parent puts in: "avec la participation de Bpifrance, via son fonds V" takes
 * the amount read for Bpifrance's part in the same sentence. Money told after the vehicle's name ("through V, a
 * €400 million vehicle", "son véhicule V, doté de 90 M€") is the vehicle's size, never what it put in.
 */
export function withVehicleAmounts(relations: ExtractedRelation[]): ExtractedRelation[] {
  return relations.map((r) => {
    if (r.rule !== FOLDED_VEHICLE_RULE_ID) return r;
    const s = r.evidence.sentence;
    const name = s.indexOf(r.source);
    const size = r.amountText !== null && name >= 0 && s.includes(r.amountText, name + r.source.length);
    const parent = relations.find(
      (p) =>
        p.type === 'FUNDED' &&
        p.target === r.target &&
        p.source !== r.source &&
        p.evidence.start === r.evidence.start &&
        s.indexOf(p.source) >= 0 &&
        s.indexOf(p.source) < name,
    );
    if (parent !== undefined && parent.amount !== null)
      return { ...r, amount: parent.amount, currency: parent.currency, amountText: parent.amountText };
    return size ? { ...r, amount: null, currency: null, amountText: null } : r;
  });
}

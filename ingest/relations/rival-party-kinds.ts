import type { EntityIndex } from '../resolve/mentions';
import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { isFundLikeName } from './salience-cues';

/**
 * A rivalry pair is two organisations that can sell in one market. Wire copy pairs other things with the same
 * words: parties in a poll ("33 pct supported Labour against 26 pct for the Alliance"), a firm and the ministry
 * that regulates it, two politicians, and "it" taken for the agency of the dateline ("WARSAW (Reuters) - X said
 * … as it steps up price cuts in a market dominated by A"). Such a party is dropped from a COMPETES_WITH match.
 */

/** A body of the state: it regulates, buys or taxes a market, it does not sell in it. */
const STATE_BODY =
  /(^|\s)(ministry|ministère|department of|government|gouvernement|senate|sénat|parliament|parlement|congress|white house|élysée)(\s|$)|(^|\s)(u\.s\.|us|uk|french|british) treasury$|^treasury$/iu;
/** A political party, by the words party names are made of. */
const PARTY =
  /(^|[\s-])(party|parti|labour|conservatives?|tories|tory|democrats?|democratic|liberals?|republicans?|socialists?|socialiste|communist|communiste)([\s-]|$)/iu;
/** A politician's or official's title before a name: a person taken for an organisation. */
const OFFICIAL_TITLE =
  /(^|\s)([Vv]ice-)?([Pp]resident|[Pp]résidente?|[Vv]ice-[Pp]remiers?|[Pp]rime [Mm]inister|[Mm]inister|[Mm]inistre|[Ss]enator|[Ss]énateur|[Gg]overnor|[Cc]hancellor)\s+\p{Lu}/u;

function notSeller(index: EntityIndex, e: number): boolean {
  const ent = index.entities[e];
  if (ent === undefined) return false;
  if (ent.type === 'Person') return true;
  return ent.surfaces.some((s) => STATE_BODY.test(s) || PARTY.test(s) || OFFICIAL_TITLE.test(s));
}

/** The entities standing alone in brackets in the sentence: a dateline's wire service ("(Reuters)"). */
function bracketedNames(units: Unit[]): Set<number> {
  const out = new Set<number>();
  units.forEach((u, i) => {
    const before = units[i - 1];
    const after = units[i + 1];
    if (
      u.kind === 'ent' &&
      before?.kind === 'tok' &&
      before.token.text === '(' &&
      after?.kind === 'tok' &&
      after.token.text === ')'
    )
      u.ents.forEach((e) => out.add(e));
  });
  return out;
}

/** A hyphen that makes the name before it a backer of the next one ("GV-backed Tandem Rehab"). */
const BACKED_HYPHEN = /^-(backed|funded|financed|soutenu|soutenue|financé|financée)$/u;
/** A backer's role named after it ("count BlackRock among their investors", "compte X parmi ses actionnaires"). */
const BACKER_ROLE = /^(investors?|backers?|shareholders?|investisseurs?|actionnaires?|financeurs?)$/u;
/** Words before backers' names ("backed by A and B", "soutenue par A", "adossé au fonds A"). */
const BACKED_BY =
  /^(backed|funded|financed|soutenu|soutenue|soutenus|soutenues|financé|financée|financés|financées|adossé|adossée|adossés|adossées)$/u;

function lower(units: Unit[], i: number): string {
  const u = units[i];
  return u?.kind === 'tok' ? u.token.lower : '';
}

/**
 * The names the sentence tells as backers of a company: an investor funds a seller, it does not sell against it
 * ("GV-backed Tandem Rehab, a smaller rival, …": GV is no rival; "Both firms count BlackRock among their investors
 * and compete with ChargePoint": BlackRock is no rival of ChargePoint).
 */
function backerNames(units: Unit[]): Set<number> {
  const out = new Set<number>();
  units.forEach((u, i) => {
    if (u.kind !== 'ent') return;
    const isBacker =
      BACKED_HYPHEN.test(lower(units, i + 1)) ||
      (/^(among|parmi)$/u.test(lower(units, i + 1)) && BACKER_ROLE.test(lower(units, i + 3))) ||
      (/^(among|parmi)$/u.test(lower(units, i + 1)) && BACKER_ROLE.test(lower(units, i + 4)));
    if (isBacker) u.ents.forEach((e) => out.add(e));
    // "backed by A and B", "soutenue par A, B et C": every name of the list right after the phrase
    if (!(/^(by|par|au|à)$/u.test(lower(units, i - 1)) && BACKED_BY.test(lower(units, i - 2)))) return;
    for (let j = i; j < units.length; j++) {
      const v = units[j];
      if (v.kind === 'ent') v.ents.forEach((e) => out.add(e));
      else if (!/^(,|and|et|fonds|fund|the|le|la|l')$/u.test(v.token.lower)) break;
    }
  });
  return out;
}

/** Rival nouns a possessive pointer may own ("Ses concurrents", "its rivals"). */
const RIVAL_NOUN_AFTER = /^(concurrents?|concurrentes?|rivaux|rivale?s?|competitors?|challengers?)$/u;

/**
 * The investment firms a pointer of the sentence resolved to ("Ses concurrents directs sont A et B" after "reprise
 * par le fonds Atlantique Capital Partenaires"): a fund sells in no market, so a rival's possessive never means it;
 * a fund named outright may still be told as a rival by the text itself. Only a possessive before a rival noun is
 * read: a pronoun or a noun pointer ("It competes with A", "L'entreprise affronte A") may well stand for an operating
 * company whose name sounds like a fund ("Lumen Dental Partners", "Natura Capital").
 */
function pointedFunds(units: Unit[], index: EntityIndex): Set<number> {
  const out = new Set<number>();
  units.forEach((u, i) => {
    if (u.kind !== 'ent' || !u.anaphor) return;
    const owner = RIVAL_NOUN_AFTER.test(lower(units, i + 1)) || RIVAL_NOUN_AFTER.test(lower(units, i + 2));
    if (!owner) return;
    for (const e of u.ents) if (isFundLikeName(index.entities[e]?.surfaces[0] ?? '')) out.add(e);
  });
  return out;
}

/** A COMPETES_WITH match's captures without the parties that sell in no market. */
export function withoutNonSellers(rule: Rule, caps: Captures, units: Unit[], index: EntityIndex): Captures {
  if (rule.type !== 'COMPETES_WITH') return caps;
  const agencies = bracketedNames(units);
  const backers = backerNames(units);
  const funds = pointedFunds(units, index);
  const drop = (e: number) => agencies.has(e) || backers.has(e) || funds.has(e) || notSeller(index, e);
  const roles = [rule.source, rule.target].filter((r): r is string => r !== undefined);
  if (!roles.some((r) => (caps[r] ?? []).some(drop))) return caps;
  const out: Captures = { ...caps };
  for (const r of roles) if (out[r]) out[r] = out[r].filter((e) => !drop(e));
  return out;
}

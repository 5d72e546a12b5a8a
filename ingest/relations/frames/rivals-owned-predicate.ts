import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { typed, wordAt } from './rivals-clause';
import { nounAfterOwner } from './rivals-owned';

/**
 * A named company told to be someone's rival through a copula: "Grands Chais Moreau reste son principal concurrent
 * à l'export", "Tornvik is its closest rival in Scandinavia", "B est aussi un concurrent de …" is read elsewhere.
 * The owner is the possessive the units resolved (or a name with a possessive mark: "B is Acme's main rival").
 */

const COPULA = /^(is|was|remains|remained|became|becomes|est|était|reste|restait|demeure|devient)$/u;
const ADVERB = /^(also|still|now|already|aussi|toujours|désormais|déjà|ainsi)$/u;
/** A word after the noun that gives the phrase another head ("its rival's owner", "its rivals' supplier"). */
const OTHER_HEAD = /^('s|'|’s|of|de|du|d'|des)$/u;

function isOrgUnit(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'ent' && u.orgs;
}

function entsAt(units: Unit[], i: number): number[] {
  const u = units[i];
  return u?.kind === 'ent' ? u.ents : [];
}

/** Possessive pronouns the units may leave unresolved, or resolve to the subject they follow. */
const POSSESSIVE = /^(son|sa|ses|leur|leurs|its|their)$/u;

/** Index after the copula and an adverb following the named subject at `i`, or -1. */
function pastCopula(units: Unit[], i: number): number {
  // the subject is a name the text writes, not a pointer ("it is its rival" tells nothing new)
  if (!isOrgUnit(units, i) || !typed(units, i) || !COPULA.test(wordAt(units, i + 1) ?? '')) return -1;
  return ADVERB.test(wordAt(units, i + 2) ?? '') ? i + 3 : i + 2;
}

/**
 * B against the owner of the rival noun after the copula: a name with a possessive mark ("B is Acme's main
 * rival", `pointed` false) or a possessive the units resolved to a company ("B reste son concurrent", true).
 */
function readOwnerPredicate(units: Unit[], pointed: boolean): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length - 2; i++) {
    const k = pastCopula(units, i);
    const owner = units[k];
    if (k < 0 || owner?.kind !== 'ent' || !owner.orgs || Boolean(owner.anaphor) !== pointed) continue;
    if (!pointed && !/^('s|'|’s)$/u.test(wordAt(units, k + 1) ?? '')) continue;
    const after = nounAfterOwner(units, k);
    if (after < 0 || OTHER_HEAD.test(wordAt(units, after) ?? '')) continue;
    const b = entsAt(units, i);
    const a = owner.ents.filter((e) => !b.includes(e));
    if (a.length > 0) out.push({ a, b, '#a': [k], '#b': [i], [MATCH_START]: [i] });
  }
  return out;
}

/**
 * "B reste son principal concurrent", "B is its closest rival": a possessive left unresolved, or read as B's own
 * (B cannot be its own rival), is the article's company's.
 */
function readTopicOwnerPredicate(units: Unit[], _lang: Language): Captures[] {
  const out: Captures[] = [];
  for (let i = 0; i < units.length - 2; i++) {
    const k = pastCopula(units, i);
    if (k < 0) continue;
    const owner = units[k];
    const b = entsAt(units, i);
    const own = owner?.kind === 'ent' && owner.anaphor && owner.ents.every((e) => b.includes(e));
    const bare = owner?.kind === 'tok' && POSSESSIVE.test(owner.token.lower);
    if (!own && !bare) continue;
    const after = nounAfterOwner(units, k);
    if (after < 0 || OTHER_HEAD.test(wordAt(units, after) ?? '')) continue;
    out.push({ b, '#b': [i], [MATCH_START]: [i] });
  }
  return out;
}

const RIVAL_WORD =
  /^(concurrent|concurrente|concurrents|concurrentes|rival|rivale|rivals|rivaux|competitor|competitors)$/u;

export const OWNED_PREDICATE_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-owned-predicate',
    type: 'COMPETES_WITH',
    read: (units) => readOwnerPredicate(units, false),
    neededWordPattern: RIVAL_WORD,
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
  {
    id: 'any.competes.frame-pointed-predicate',
    type: 'COMPETES_WITH',
    read: (units) => readOwnerPredicate(units, true),
    neededWordPattern: RIVAL_WORD,
    source: 'a',
    target: 'b',
    confidence: 0.5,
  },
  {
    id: 'any.competes.frame-topic-predicate',
    type: 'COMPETES_WITH',
    read: readTopicOwnerPredicate,
    neededWordPattern: RIVAL_WORD,
    source: 'b',
    // the target is the article's company (topicTarget), not a capture
    target: 'topic',
    topicTarget: true,
    confidence: 0.5,
  },
];

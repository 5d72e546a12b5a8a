import type { EntityIndex, Mention } from '../../resolve/mentions';
import type { Sentence } from '../../sentences';
import type { Token } from '../../tokens';
import type { ExtractedRelation } from '../../types';
import { isLeaderTitle } from '../people';
import { plainRelation } from '../plain-relation';
import { successorBeforeAside } from './leads-successor-aside';
import { titledPredecessorCompany } from './leads-successor-titled-predecessor';

/**
 * LEADS of a successor, whose company is the one the predecessor leads ("P will succeed Q as chief executive",
 * "P succède à Q", "Q was replaced by P", "Q sera remplacée par P"). A succession sentence rarely names the company,
 * and the pointer readers cannot tell whose post it is; the predecessor's own LEADS can. Read after every rule, in
 * sentence order, so a head found this way passes the post on in turn. A post named after "as"/"comme" must be a
 * head's ("succeed Q as chief financial officer" is no LEADS); a successor only tipped or expected is left out.
 */

const SUCCESSOR_RULE_ID = 'any.leads.successor';
/** Below the pattern rules': the company is read off another fact, not the sentence. */
const SUCCESSOR_CONFIDENCE = 0.6;

/** Active verbs of taking over a post from a named person. */
const ACTIVE_VERB =
  /^(succeeds|succeeded|succeed|replaces|replaced|replace|succède|succédera|succédé|succéder|remplace|remplacera|remplacé|remplacée)$/;
/** What may stand between the successor and the active verb: a future, conditional or perfect auxiliary. */
const ACTIVE_AUX = /^(will|would|shall|has|a|va)$/;
/** Object pronouns of the predecessor: after the English verb ("would replace him"), before the French one ("lui succède"). */
const PRONOUN_AFTER = /^(him|her)$/;
const PRONOUN_BEFORE = /^(lui|le|la|l')$/;
/** Passive participles of being replaced. */
const PASSIVE_VERB = /^(replaced|succeeded|remplacé|remplacée|remplacés|remplacées)$/;
/** Auxiliaries of the passive ("was replaced", "will be replaced", "a été remplacée", "sera remplacé"). */
const PASSIVE_AUX = /^(was|is|be|been|été|sera|est|fut)$/;
/** Words that may stand before the other person: a title, a kin word, a possessive ("co-founder", "son père ,"). */
const MAX_GAP_WORDS = 3;
/** Words that end a gap: a new clause or another party. */
const GAP_STOP = /^(who|which|that|qui|que|dont|and|et|but|mais|[.;:!?()])$/;
/** Most words of a post named after "as"/"comme". */
const MAX_TITLE_WORDS = 4;
/** What ends such a post. */
const TITLE_END = /^([,.;:!?»)]|on|in|from|effective|when|after|à|en|dès|le|the|when|lorsque|quand|and|et)$/;

/** Person mentions of a sentence by their first and last token. */
function personMentions(index: EntityIndex, s: number): Mention[] {
  return (index.bySentence[s] ?? []).filter((m) => index.entities[m.entity].type === 'Person');
}

/** The person mention starting within the gap after `from` (a title or possessive before it), or null. */
function personAfter(tokens: Token[], people: Mention[], from: number): Mention | null {
  for (let k = from, words = 0; k < tokens.length && words <= MAX_GAP_WORDS; k++, words++) {
    const hit = people.find((m) => m.from === k);
    if (hit) return hit;
    if (GAP_STOP.test(tokens[k].lower)) return null;
  }
  return null;
}

/** False when a post named after "as"/"comme"/"au poste de" is not a head's. */
function postOk(tokens: Token[], at: number): boolean {
  let k = at;
  if (tokens[k]?.lower === 'au' && tokens[k + 1]?.lower === 'poste' && tokens[k + 2]?.lower === 'de') k += 3;
  else if (/^(as|comme)$/.test(tokens[k]?.lower ?? '')) k += 1;
  else return true;
  const words: string[] = [];
  for (; k < tokens.length && words.length < MAX_TITLE_WORDS && !TITLE_END.test(tokens[k].lower); k++)
    words.push(tokens[k].lower);
  return words.length > 0 && isLeaderTitle(words.join(' '));
}

/** [successor, predecessor or null (a pronoun: the previous sentence's last person)] of each succession told. */
function successions(tokens: Token[], people: Mention[]): [Mention, Mention | null][] {
  const out: [Mention, Mention | null][] = [];
  tokens.forEach((t, i) => {
    if (ACTIVE_VERB.test(t.lower) && !PASSIVE_AUX.test(tokens[i - 1]?.lower ?? '')) {
      let k = i - 1;
      const cliticBefore = PRONOUN_BEFORE.test(tokens[k]?.lower ?? '');
      if (cliticBefore) k--;
      if (ACTIVE_AUX.test(tokens[k]?.lower ?? '')) k--;
      // "Lunde, 51, will succeed …": an age between commas
      if (tokens[k]?.lower === ',' && tokens[k - 1]?.kind === 'number' && tokens[k - 2]?.lower === ',')
        k -= 3;
      // "P, the group's finance chief, would replace him": the successor named before a describing aside
      if (tokens[k]?.lower === ',') k = successorBeforeAside(tokens, people, k);
      const successor = people.find((m) => m.to - 1 === k);
      if (!successor) return;
      // "would replace him", "Q lui succédera": the predecessor is the person told before the successor
      if (cliticBefore || PRONOUN_AFTER.test(tokens[i + 1]?.lower ?? '')) {
        const earlier = people.filter((m) => m.to <= successor.from && m.entity !== successor.entity);
        out.push([successor, earlier.length > 0 ? earlier[earlier.length - 1] : null]);
        return;
      }
      const after = tokens[i + 1]?.lower === 'à' || tokens[i + 1]?.lower === 'au' ? i + 2 : i + 1;
      const before = personAfter(tokens, people, after);
      if (!before || before.entity === successor.entity || !postOk(tokens, before.to)) return;
      out.push([successor, before]);
    } else if (PASSIVE_VERB.test(t.lower) && PASSIVE_AUX.test(tokens[i - 1]?.lower ?? '')) {
      if (!/^(by|par)$/.test(tokens[i + 1]?.lower ?? '')) return;
      const successor = personAfter(tokens, people, i + 2);
      if (!successor || !postOk(tokens, successor.to)) return;
      const earlier = people.filter((m) => m.to <= i && m.entity !== successor.entity);
      out.push([successor, earlier.length > 0 ? earlier[earlier.length - 1] : null]);
    }
  });
  return out;
}

/** The one company a person leads so far, or null (none or several). */
function ledBy(leads: Map<number, Set<string>>, person: number): string | null {
  const led = leads.get(person);
  return led && led.size === 1 ? [...led][0] : null;
}

/** The relations with the successors' LEADS added, and the entities they give a role. */
export function withSuccessorLeads(
  relations: ExtractedRelation[],
  sentences: Sentence[],
  tokens: Token[][],
  index: EntityIndex,
  names: string[],
): { relations: ExtractedRelation[]; added: number[] } {
  const byName = new Map(names.map((n, e) => [n, e]));
  const leads = new Map<number, Set<string>>();
  const lead = (person: number, org: string) => leads.set(person, (leads.get(person) ?? new Set()).add(org));
  for (const r of relations) {
    const p = byName.get(r.source);
    if (r.type === 'LEADS' && p !== undefined) lead(p, r.target);
  }
  const out = [...relations];
  const added: number[] = [];
  sentences.forEach((sentence, s) => {
    const people = personMentions(index, s);
    for (const [successor, before] of successions(tokens[s], people)) {
      const previous = s > 0 ? personMentions(index, s - 1) : [];
      const predecessor = before ?? previous[previous.length - 1];
      if (!predecessor) continue;
      const told = before !== null ? s : s - 1;
      const org =
        ledBy(leads, predecessor.entity) ??
        titledPredecessorCompany(tokens[told], index, told, predecessor, names);
      if (org === null || leads.get(successor.entity)?.has(org)) continue;
      lead(successor.entity, org);
      added.push(successor.entity);
      out.push(
        plainRelation(
          'LEADS',
          names[successor.entity],
          org,
          sentence,
          SUCCESSOR_RULE_ID,
          SUCCESSOR_CONFIDENCE,
        ),
      );
    }
  });
  return { relations: out, added };
}

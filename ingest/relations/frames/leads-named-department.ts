import type { EntityIndex, Mention } from '../../resolve/mentions';
import type { Token } from '../../tokens';
import type { ExtractedRelation } from '../../types';
import type { RelationInput } from '../extract-relations';
import { plainRelation } from '../plain-relation';

/**
 * A minister or secretary whose title names the body he heads, when the article names that body: "Defense
 * Secretary Caspar Weinberger" with "the Defense Department" told elsewhere, "Secretary of State George Shultz" with
 * "a State Department official", "Economic Planning Board Minister Kim Mahn-je". Wire copy gives the post as a bare
 * title before the name and the department in another sentence (its officials, its statement), so no sentence rule
 * sees both; the department, once named, is a public body the person heads (GOLD-FORMAT: the minister heading a
 * named body). A title whose department the article never names ("Treasury Secretary James Baker" alone) gives
 * nothing, and neither do deputies, assistants and former holders. English only: French press names the
 * "ministère" the minister runs as rarely as its gold records it.
 */

const RULE_ID = 'en.leads.title-names-department';
/** Below the sentence rules': the body is matched by name across sentences. */
const CONFIDENCE = 0.6;

const SECRETARY = 'secretary';
const MINISTER = /^(minister)$/;
/** Words before the title that make the person no head of the body ("Deputy Commerce Secretary", "former"). */
const NOT_HEAD =
  /^(deputy|assistant|under|undersecretary|vice|former|ex|acting|associate|permanent|principal|then)$/;
/** A department word: one capitalised word ("Commerce", "Defense", "State"). */
const DEPARTMENT_WORD = /^\p{Lu}[\p{Ll}]+$/u;

/** The department word a "Secretary" title before the mention names, or null ("Commerce Secretary P", "Secretary of State P"). */
function secretaryDepartment(tokens: Token[], from: number): string | null {
  const at = (k: number): Token | undefined => (k >= 0 ? tokens[k] : undefined);
  // "Commerce Secretary P"
  if (at(from - 1)?.lower === SECRETARY) {
    const dept = at(from - 2);
    if (dept === undefined || !DEPARTMENT_WORD.test(dept.text) || NOT_HEAD.test(at(from - 3)?.lower ?? ''))
      return null;
    return dept.text;
  }
  // "Secretary of State P"
  if (at(from - 2)?.lower === 'of' && at(from - 3)?.lower === SECRETARY) {
    const dept = at(from - 1)!;
    if (!DEPARTMENT_WORD.test(dept.text) || NOT_HEAD.test(at(from - 4)?.lower ?? '')) return null;
    return dept.text;
  }
  return null;
}

/** The article's organisation named "<word> Department" or "Department of <word>" (a "U.S." before allowed), or null. */
function departmentNamed(index: EntityIndex, word: string): number | null {
  const wanted = new Set([`${word} department`, `department of ${word}`].map((n) => n.toLowerCase()));
  const found = index.entities.findIndex(
    (e) =>
      e.type === 'Organization' &&
      e.surfaces.some((s) => wanted.has(s.toLowerCase().replace(/^(the |u\.s\. |us )/, ''))),
  );
  return found === -1 ? null : found;
}

/**
 * The last word of a public body's name: "Prime" or "Economic" read as a name before "Minister" is the title's own
 * word ("Prime Minister P", "Economic Minister P"), no body.
 */
const BODY_HEAD =
  /^(board|agency|bureau|commission|council|authority|office|department|ministry|administration)$/;

/** The body whose name ends right before "Minister P" ("Economic Planning Board Minister P"), or null. */
function ministerBody(tokens: Token[], mentions: Mention[], index: EntityIndex, from: number): number | null {
  if (!MINISTER.test(tokens[from - 1]?.lower ?? '')) return null;
  const body = mentions.find((m) => m.to === from - 1);
  if (body === undefined || index.entities[body.entity].type !== 'Organization') return null;
  if (!BODY_HEAD.test(tokens[body.to - 1].lower) || NOT_HEAD.test(tokens[body.from - 1]?.lower ?? ''))
    return null;
  return body.entity;
}

/** The relations with the LEADS of each titled minister or secretary whose body the article names (English only). */
export function withNamedDepartmentLeads(
  relations: ExtractedRelation[],
  input: Pick<RelationInput, 'lang' | 'sentences' | 'tokens' | 'index'>,
  names: string[],
): ExtractedRelation[] {
  const { lang, sentences, tokens, index } = input;
  if (lang !== 'en') return relations;
  const taken = new Set(relations.filter((r) => r.type === 'LEADS').map((r) => `${r.source}|${r.target}`));
  const out = [...relations];
  sentences.forEach((sentence, s) => {
    const mentions = index.bySentence[s] ?? [];
    for (const m of mentions) {
      if (index.entities[m.entity].type !== 'Person') continue;
      const word = secretaryDepartment(tokens[s], m.from);
      const body =
        word !== null ? departmentNamed(index, word) : ministerBody(tokens[s], mentions, index, m.from);
      if (body === null) continue;
      const key = `${names[m.entity]}|${names[body]}`;
      if (taken.has(key)) continue;
      taken.add(key);
      out.push(plainRelation('LEADS', names[m.entity], names[body], sentence, RULE_ID, CONFIDENCE));
    }
  });
  return out;
}

import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import { opensOnFounding } from './anaphora-founded-target';
import type { Unit } from './pattern';
import { CLITIC_VERB_HELPERS } from './anaphor-words';
import type { DiscourseState } from './discourse-state';
import { salientOrg } from './discourse-state';
import { isOblique, placeBeforeNoun } from './syntax';

/**
 * A person's object pronoun for the company they found or run: "P, qui l'a cofondé en 2004", "Sa fille, P, qui la
 * dirige depuis 2015", "P, who co-founded it in 2021", "P, who still runs it". The deal clitics
 * (pointing-phrases.ts `cliticVerbLength`) need a company subject; here the subject is a person, and the pronoun
 * stands for the company the sentence is about, else the one the text was about.
 */

/** French verb forms of founding and heading after "l'/la/le" (nouns such as "la direction" never match). */
const FR_PERSON_FACT_VERB =
  /^(dirige|dirigeait|dirigera|dirigé|dirigée|codirige|codirigé|codirigée|préside|présidait|présidera|présidé|présidée|fondé|fondée|cofondé|cofondée|co-fondé|co-fondée|créé|créée|cocréé|cocréée)$/;
/** English past and present forms whose object "it" is a company a person started or heads. */
const EN_PERSON_FACT_VERB =
  /^(founded|co-founded|cofounded|started|launched|runs|run|ran|leads|led|heads|headed|chairs|chaired|built)$/;
const FR_CLITICS = new Set(["l'", 'la', 'le']);
/** The words at `i` without which `personCliticAt` reads nothing (pointer-screen.ts skips it elsewhere). */
export const PERSON_CLITIC_START_WORDS: ReadonlySet<string> = new Set([...FR_CLITICS, 'it']);
/** Words between the person and the pronoun's clause ("P, qui", "P, who still", "P, who has"). */
const BRIDGE = new Set([
  ',',
  'qui',
  'who',
  'still',
  'has',
  'had',
  'have',
  'also',
  'later',
  'then',
  'toujours',
]);
const MAX_BRIDGE = 4;
/** A subject pronoun before the person: the sentence is about someone, so "la"/"le"/"it" may stand for them. */
const PERSON_SUBJECTS = new Set(['il', 'elle', 'he', 'she']);
const MAX_HELPERS = 3;

/** The person unit the clause at `units.length` hangs on ("P, qui …"), or false. */
function afterPerson(units: Unit[]): boolean {
  for (let k = units.length - 1, seen = 0; k >= 0 && seen <= MAX_BRIDGE; k--, seen++) {
    const u = units[k];
    if (u.kind === 'ent') return u.persons;
    if (!BRIDGE.has(u.token.lower)) return false;
  }
  return false;
}

/** The company the sentence is about: its first organisation not after a preposition, pointers included. */
function sentenceCompany(units: Unit[]): number | null {
  const k = units.findIndex(
    (u, j) => u.kind === 'ent' && u.orgs && !placeBeforeNoun(units, j) && !isOblique(units, j),
  );
  const u = units[k];
  return u?.kind === 'ent' ? u.ents[0] : null;
}

/**
 * The company a pronoun stands for when the sentence named none before it. "Fondée en 2017 par P, qui la dirige
 * toujours, Corvelle …": a fronted founding phrase tells of the company named after it, or of none the text knows
 * yet. Otherwise the last sentence's company subject, its persons set aside ("Fondée par P, la PME … Sa fille, Q, qui
 * la dirige"), then the text's most salient company.
 */
function earlierCompany(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  state: DiscourseState,
  i: number,
): number | null {
  if (opensOnFounding(tokens)) {
    const later = mentions.find((m) => m.from > i && index.entities[m.entity].type === 'Organization');
    return later?.entity ?? null;
  }
  return state.companyVerbPronounOrg ?? state.lastSubjectOrg ?? salientOrg(state);
}

/**
 * At token `i`, a person's object pronoun for a company: how many tokens the verb group before the pronoun's
 * place takes (French puts the pronoun before the verb, so the caller pushes the verb group first), the pronoun
 * itself, and the company; null elsewhere.
 */
export function personCliticAt(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  units: Unit[],
  state: DiscourseState,
  i: number,
): { verbs: Token[]; pronoun: Token; org: number } | null {
  const t = tokens[i];
  const french = FR_CLITICS.has(t.lower);
  if (!french && t.lower !== 'it') return null;
  // "Actrice prolifique, elle joue avec son mari, P, qui la dirige": "la" is the actress
  if (tokens.slice(0, i).some((x) => PERSON_SUBJECTS.has(x.lower))) return null;
  const verbs: Token[] = [];
  if (french) {
    if (!afterPerson(units)) return null;
    let k = i + 1;
    while (k < tokens.length && k - i <= MAX_HELPERS && CLITIC_VERB_HELPERS.has(tokens[k].lower)) k++;
    const verb = tokens[k];
    if (!verb || verb.text !== verb.lower || !FR_PERSON_FACT_VERB.test(verb.lower)) return null;
    verbs.push(...tokens.slice(i + 1, k + 1));
  } else {
    // English keeps the pronoun after its verb: "P, who still runs it"
    const verb = units.at(-1);
    if (verb?.kind !== 'tok' || !EN_PERSON_FACT_VERB.test(verb.token.lower)) return null;
    if (!afterPerson(units.slice(0, -1))) return null;
  }
  const org = sentenceCompany(units) ?? earlierCompany(tokens, mentions, index, state, i);
  return org === null ? null : { verbs, pronoun: t, org };
}

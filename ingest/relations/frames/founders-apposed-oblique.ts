import type { RuleSpec } from '../rule';
import { UP_TO_FOUR_AGENT_GAP_WORDS } from '../people-words';

/**
 * A company named after a preposition and described by an apposition that a participle of founding closes: "its
 * purchase of Y, the oat-milk brand founded in 2016 by P", "le rachat de Y, la marque fondée en 1950 par P". The
 * apposition describes Y whatever governs it, so `any.founded.by` (which refuses an oblique company) misses Y and its
 * loose gap handed the founders to the sentence's subject (../founded-apposed-company-guard.ts now refuses that).
 * Each language has its own articles and participles: French "Y, cotée au Nasdaq, a été créée" opens with the
 * auxiliary "a", no English article. Pattern specs spread into FOUNDED_RULES (../founded.ts).
 */

/** English articles opening a description apposed to a name, with the participles and agent word that close it. */
export const EN_APPOSITION = {
  article: /^(the|a|an)$/,
  participle: /^(founded|co-founded|cofounded|established|started|launched)$/,
  agent: 'by',
};
/** The same in French. */
export const FR_APPOSITION = {
  article: /^(la|le|l'|une|un)$/,
  participle:
    /^(fondé|fondée|fondés|fondées|cofondé|cofondée|co-fondé|co-fondée|créé|créée|créés|créées|lancé|lancée)$/,
  agent: 'par',
};
/**
 * Plain words of the description between its article and the participle ("the Yorkshire oat-milk brand"); a
 * strict gap, so no name, comma or clause word is crossed.
 */
export const MAX_DESCRIPTION_WORDS = 4;

/** The rule-language alternation of a regex of words (`/^(a|b)$/` gives `(a|b)`). */
function words(re: RegExp): string {
  return re.source.slice(1, -1);
}

function apposedSpec(id: string, lang: typeof EN_APPOSITION): RuleSpec {
  return {
    id,
    type: 'FOUNDED',
    // no notOblique: the name governed by "of/de" is the one the apposition describes; "%%p" reads a list after a
    // plural kin noun ("by siblings A and B C"), whose shared family name the entity reader has already given both
    pattern: `@org , ${words(lang.article)} ~${MAX_DESCRIPTION_WORDS}! ${words(lang.participle)} ${UP_TO_FOUR_AGENT_GAP_WORDS} ${lang.agent} ~4 %%p`,
    source: 'p',
    target: 'org',
    confidence: 0.8,
  };
}

export const APPOSED_OBLIQUE_FOUNDED_SPECS: RuleSpec[] = [
  apposedSpec('en.founded.by-apposed-description', EN_APPOSITION),
  apposedSpec('fr.founded.by-apposed-description', FR_APPOSITION),
];

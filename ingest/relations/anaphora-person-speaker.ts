import type { Token } from '../tokens';
import { isLeaderTitle } from './people';
import { FOUNDER_NOUN } from './frames/founders-words';

/**
 * A speaker told by a title alone after a quotation: "« … », se souvient la cofondatrice et présidente de
 * Cardiolink", "« … », affirme le fondateur et P-dg du voyagiste", "“…,” said the co-founder and chief executive".
 * The title stands for a person named in an earlier sentence, as a pronoun would: the one whose given name agrees
 * with the article ("la" feminine, "le" masculine), else the only person that sentence named.
 */

/** Verbs of saying that come before an inverted speaker (a word class of the rule language, leads.ts). */
export const SAY_BEFORE_SPEAKER =
  '(souvient|souligne|explique|ajoute|indique|précise|estime|assure|observe|résume|confie|glisse|rappelle|affirme|insiste|poursuit|commente|reconnaît|déclare|conclut|note|raconte|sourit|prévient|tranche|martèle|said|says|added|adds|explained|noted|recalled|recalls)';
const SAY_BEFORE = new RegExp(`^${SAY_BEFORE_SPEAKER}$`);
const ARTICLE_GENDER = new Map<string, 'm' | 'f' | null>([
  ['la', 'f'],
  ['le', 'm'],
  ["l'", null],
  ['the', null],
]);
/** The words at `i` without which `speakerTitleAt` reads nothing (units-screen.ts skips it elsewhere). */
export const SPEAKER_TITLE_START_WORDS: ReadonlySet<string> = new Set(ARTICLE_GENDER.keys());
/** Where the title stops: its company, or the sentence's end. */
const TITLE_END = /^(de|du|d'|des|of|at|chez|,|;|\.|!|\?|»|"|”)$/;
const MAX_TITLE_WORDS = 6;

/** The speaker's title after the article at `i`, when it is a founder's or a leader's; else null. */
export function speakerTitleAt(tokens: Token[], i: number): { gender: 'm' | 'f' | null } | null {
  const gender = ARTICLE_GENDER.get(tokens[i].lower);
  if (gender === undefined || !SAY_BEFORE.test(tokens[i - 1]?.lower ?? '')) return null;
  const words: string[] = [];
  for (let k = i + 1; k < tokens.length && words.length < MAX_TITLE_WORDS; k++) {
    const t = tokens[k];
    if (TITLE_END.test(t.lower)) break;
    // a name after the title is the speaker himself ("affirme le président, P"): the named person is read as usual
    if (t.text !== t.lower && !/^(P-dg|PDG|DG|CEO)$/i.test(t.text)) return null;
    words.push(t.lower);
  }
  if (words.length === 0) return null;
  const title = words.join(' ');
  return FOUNDER_NOUN.test(words[0]) || isLeaderTitle(title) ? { gender } : null;
}

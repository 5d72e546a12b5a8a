import type { EntityIndex } from '../resolve/mentions';
import type { DiscourseState } from './discourse-state';
import { fundedTitleCompany } from './frames/funded-title-company';
import { isPublicBodyName } from './public-body-side';
import { shoutedTitlePosition } from './shouted-title-names';

/**
 * The headline names the company an article is about, and the text often only points at it after: "Le logisticien
 * lyonnais a annoncé l'acquisition de Y" under "X s'offre Y", "The Swiss group said it agreed to buy Y" under "X to
 * buy Y". The headline's first company seeds the discourse's salience so the lead's pointers find it. The headline's
 * other companies are not seeded (a target named there would take "the company" from the buyer: measured), and its
 * words give no fact of their own (no rule reads them).
 */

/** Salience of the headline's first company: as much as a sentence's subject (discourse.ts SUBJECT_SALIENCE). */
const TITLE_SUBJECT_SALIENCE = 1.5;
/** Shortest surface looked for in the headline, in characters: shorter ones match inside other words. */
const MIN_SURFACE_CHARS = 2;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Where `surface` first stands in `title` as whole words, or -1. */
function wordPosition(title: string, surface: string): number {
  for (let at = title.indexOf(surface); at >= 0; at = title.indexOf(surface, at + 1)) {
    const before = title[at - 1] ?? ' ';
    const after = title[at + surface.length] ?? ' ';
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return at;
  }
  return -1;
}

/** Letters and digits only, lower-cased: the headline and the text's copy of it compare equal whatever the spacing. */
export function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A French headline's rubric ("Eau : X rachète Y", "Distribution : P prend la tête de X"): a name opening the
 * headline right before its colon that the text never names again (`mentions`: the headline line at most).
 */
function isRubric(title: string, surface: string, at: number, mentions: number): boolean {
  return at === 0 && mentions <= 1 && /^\s*:/.test(title.slice(surface.length));
}

/** The organisations of the article that the headline names, in headline order. */
export function titleOrgs(title: string, index: EntityIndex): number[] {
  return titleOrgsAt(title, index).map((f) => f.ent);
}

/** The headline's organisations with where each first stands, in headline order. */
function titleOrgsAt(title: string, index: EntityIndex): { ent: number; at: number }[] {
  const found: { ent: number; at: number }[] = [];
  index.entities.forEach((e, ent) => {
    if (e.type !== 'Organization') return;
    let first = -1;
    for (const s of e.surfaces) {
      if (s.length < MIN_SURFACE_CHARS) continue;
      // a shouted wire headline ("TIME <TL> SEES …") holds the name case-folded or shortened before its ticker;
      // a name the text never typed ("President Reagan", no cue) is not sure enough to be found that loosely
      const written = wordPosition(title, s);
      const at = written >= 0 || e.tentative ? written : shoutedTitlePosition(title, s);
      if (isRubric(title, s, at, e.mentions.length)) continue;
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    if (first >= 0) found.push({ ent, at: first });
  });
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Seeds `state` from the headline before the first sentence is read: the headline's first company gets a subject's
 * salience and is the fallback topic while the text has named none.
 */
export function seedFromTitle(title: string, index: EntityIndex, state: DiscourseState): void {
  const found = titleOrgsAt(title, index);
  const orgs = found.map((f) => f.ent);
  state.title = { letters: lettersOf(title), orgs };
  // an investor-first headline is about the company funded (frames/funded-title-company.ts)
  const chosen =
    fundedTitleCompany(
      title,
      found.map((f) => f.at),
    ) ?? 0;
  // a court or a region opening the headline ("le Tribunal de commerce retient l'offre de X pour Y") rules on the
  // story's companies and is none of them: the next company named is the story's
  const first = orgs.slice(chosen).find((e) => !isPublicBodyName(index, e));
  if (first === undefined) return;
  state.titleOrg = first;
  state.orgMentions.set(first, (state.orgMentions.get(first) ?? 0) + TITLE_SUBJECT_SALIENCE);
}

import type { Token } from '../tokens';
import { isShouting } from '../entities/candidates';
import { foldName, foldText } from './normalize';
import type { EntityDraft, Mention } from './mentions';

/**
 * Names met elsewhere in the article, found again in its ALL-CAPS headline-style sentences (moved out of
 * cluster.ts). A shouted sentence is read once into the places of each of its folded words, so each form of each
 * name is tried only where its first word stands instead of at every token: the same mentions, in the same order.
 */

/** The places (ascending) of each folded word of a sentence. */
export function wordPlaces(folded: readonly string[]): Map<string, number[]> {
  const places = new Map<string, number[]>();
  folded.forEach((w, i) => {
    const list = places.get(w);
    if (list === undefined) places.set(w, [i]);
    else list.push(i);
  });
  return places;
}

/** Re-finds known names, whatever their case, in headline-style sentences. */
export function findInShoutedSentences(
  entities: EntityDraft[],
  sentTokens: Token[][],
  bySentence: Mention[][],
  text: string,
): void {
  // surfaces do not change here: each entity's folded forms are read once, not once per shouted sentence
  const formsCache = new Map<EntityDraft, string[][]>();
  const formsOf = (e: EntityDraft): string[][] => {
    let forms = formsCache.get(e);
    if (!forms) {
      forms = [...e.surfaces.map((x) => foldText(x)), ...e.surfaces.map((x) => foldName(x))]
        .map((x) => x.split(' '))
        .filter((w) => w.length > 0 && w[0].length > 1);
      formsCache.set(e, forms);
    }
    return forms;
  };
  sentTokens.forEach((tokens, s) => {
    if (!isShouting(tokens)) return;
    const folded = tokens.map((t) => foldText(t.text));
    const places = wordPlaces(folded);
    for (const e of entities) {
      if (e.type !== 'Organization' || e.tentative) continue;
      for (const words of formsOf(e)) {
        for (const i of places.get(words[0]) ?? []) {
          if (i + words.length > tokens.length) break;
          if (!words.every((w, k) => folded[i + k] === w)) continue;
          const to = i + words.length;
          if (bySentence[s].some((m) => m.from < to && i < m.to)) continue;
          const start = tokens[i].start;
          const end = tokens[to - 1].end;
          const m: Mention = {
            sentence: s,
            from: i,
            to,
            start,
            end,
            text: text.slice(start, end),
            entity: e.id,
          };
          e.mentions.push(m);
          bySentence[s].push(m);
        }
      }
    }
  });
}

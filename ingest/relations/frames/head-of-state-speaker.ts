import type { Unit } from '../pattern';
import { isKnownCountry } from '../../entities/world-lexicon';
import { wordOrNullAt } from './clause';

/**
 * "In Caracas, President Jaime Lusinchi said Venezuela would loan five mln barrels …", "President Reagan said the
 * United States …": a bare "President" speaking in a sentence that names a country and no company is the country's
 * head, not the head of the article's company (wire copy names a company president with his company, or says "the
 * company"). The titled-speaker topic reading (leads-speaker.ts) leaves such a speaker out.
 */

/** The bare title of a head of state or of a company's head alike. */
const BARE_PRESIDENT = 'president';
/** Longest country name looked for, in words ("the United States", "Papua New Guinea"). */
const MAX_COUNTRY_WORDS = 3;

/** The lower-case word of unit `k` when it is written capitalised (a lone name counts), else null. */
function capitalisedWordAt(units: Unit[], k: number): string | null {
  const u = units[k];
  if (u?.kind === 'tok' && !/^\p{Lu}/u.test(u.token.text)) return null;
  return wordOrNullAt(units, k);
}

/** Whether some run of capitalised words of the sentence names a country. */
function namesCountry(units: Unit[]): boolean {
  for (let k = 0; k < units.length; k++) {
    const words: string[] = [];
    for (let n = 0; n < MAX_COUNTRY_WORDS; n++) {
      const w = capitalisedWordAt(units, k + n);
      if (w === null) break;
      words.push(w);
      if (isKnownCountry(words.join(' '))) return true;
    }
  }
  return false;
}

/** The speaker's `title` is a bare "president" in a sentence naming a country: a head of state speaking. */
export function speaksForCountry(units: Unit[], title: string): boolean {
  return title.trim().toLowerCase() === BARE_PRESIDENT && namesCountry(units);
}

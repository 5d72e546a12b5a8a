import type { NameItem as Item } from './named-apart';
import { surnameOf } from './person-surnames';

/**
 * "Stockbrokers' Association chairman Xavier Dupont told a news conference … Dupont said that …": once a story
 * has named a person in full, the bare surname said after it is that person, even when a lexicon holds the word as
 * a firm ("Dupont", "Jacobs"). A story that speaks of a founding is left alone: there the founder's surname is
 * also the firm's name ("Michael Dell … Dell said its sales").
 */
export function introducedInFull(persons: Item[], x: Item, founding: boolean): boolean {
  if (founding) return false;
  const word = x.words[0];
  return persons.some((p) => p.words.length > 1 && surnameOf(p.words) === word && p.c.start < x.c.start);
}

import type { Token } from '../tokens';

/**
 * Newsroom credit lines open with a capitalised label glued to the first name: "(Reportage Julien Ponthus, édité
 * par …)", "(Reporting Jane Doe …)", "Rédaction Anne Martin". The label is no word of the name, so a run that
 * opens with it starts after it.
 */
const BYLINE_LABELS = new Set(['reportage', 'reporting', 'rédaction', 'editing', 'writing', 'additional']);

export function isBylineLabel(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && BYLINE_LABELS.has(t.lower);
}

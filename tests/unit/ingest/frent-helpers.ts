import { run } from './helpers';

/** Every organisation mention of a text, as written: the WikiNEuRal scorer reads spans, not entity names. */
export function orgMentions(text: string): string[] {
  return run(text).entities.flatMap((e) => (e.type === 'Organization' ? e.mentions.map((m) => m.text) : []));
}

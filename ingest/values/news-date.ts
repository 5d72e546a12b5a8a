import type { Sentence } from '../sentences';
import { publicationMonth, storyNewsDay } from './deal-date';

/** Per article (its sentence list) and publication date: the day its news happened, else its month. */
const NEWS_DATE_CACHE = new WeakMap<Sentence[], { published: string | null; date: string | null }>();

/**
 * The date a deal told as the news of the day takes when its own sentence gives none (GOLD-FORMAT dates such a
 * deal by the story). Every deal of an article asks, so the answer is kept per sentence list.
 */
export function newsDate(sentences: Sentence[], published: string | null): string | null {
  const known = NEWS_DATE_CACHE.get(sentences);
  if (known && known.published === published) return known.date;
  const date =
    storyNewsDay(
      sentences.map((n) => n.text),
      published,
    ) ?? publicationMonth(published);
  NEWS_DATE_CACHE.set(sentences, { published, date });
  return date;
}

import { iso, MONTH_NUMBER, pad, parsePublished, WEEKDAY_NUMBER } from './dates';
import { memoByTextPair } from './text-memo';

/**
 * Every date a sentence gives, with where it stands, so a deal can take the one nearest to it ("fondée en 2004 …
 * contrôlée depuis 2020 par F" dates F's deal 2020). Relative dates resolve against the publication date; a month
 * without a year is the latest such month not after publication.
 */

export interface DateMention {
  /** ISO: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  start: number;
  end: number;
}

const MONTHS = Object.keys(MONTH_NUMBER).join('|');
const WEEKDAYS = Object.keys(WEEKDAY_NUMBER).join('|');
const MS_PER_DAY = 86_400_000;

const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:er)?\s+(${MONTHS})\.?(?:\s+(\d{4}))?\b`, 'giu');
const MONTH_DAY_YEAR = new RegExp(
  String.raw`\b(${MONTHS})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`,
  'giu',
);
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTHS})\.?\s+(?:de\s+l['’]année\s+)?(\d{4})\b`, 'giu');
/** A month named after a preposition with no year ("in January", "en mars"); capitalised in English. */
const BARE_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:in|since|early|late|mid-|en|depuis|début|fin|mi-|au mois de|courant)\s+(${MONTHS})(?![\p{L}\p{N}])(?!\.?\s+\d)`,
  'giu',
);
const YEAR =
  /(?<![\p{L}\p{N}])(?:en|in|depuis|since|fin|début|mi-|early|late|during|au cours de|courant)\s+(19[5-9]\d|20[0-4]\d)(?![\p{L}\p{N}])/giu;
const THIS_YEAR =
  /(?<![\p{L}\p{N}])(?:cette année|this year|en cours d['’]année|earlier this year)(?![\p{L}\p{N}])/giu;
const LAST_YEAR =
  /(?<![\p{L}\p{N}])(?:l['’]an dernier|l['’]année dernière|l['’]an passé|last year|a year ago)(?![\p{L}\p{N}])/giu;
/** "last spring", "l'été dernier", "au printemps dernier": the season's year, read as the year before. */
const LAST_SEASON =
  /(?<![\p{L}\p{N}])(?:last\s+(?:spring|summer|autumn|fall|winter)|(?:au\s+)?printemps\s+dernier|l['’](?:été|automne|hiver)\s+dernier)(?![\p{L}\p{N}])/giu;
/** "this spring", "cet automne", "ce printemps": a season of the publication year. */
const THIS_SEASON =
  /(?<![\p{L}\p{N}])(?:this\s+(?:spring|summer|autumn|fall|winter)|ce\s+printemps|cet\s+(?:été|automne|hiver))(?![\p{L}\p{N}])/giu;
const LAST_MONTH = /(?<![\p{L}\p{N}])(?:le mois dernier|last month)(?![\p{L}\p{N}])/giu;
const THIS_MONTH = /(?<![\p{L}\p{N}])(?:ce mois-ci|this month)(?![\p{L}\p{N}])/giu;
const YESTERDAY = /(?<![\p{L}\p{N}])(?:hier|yesterday)(?![\p{L}\p{N}])/giu;
const TODAY = /(?<![\p{L}\p{N}])(?:aujourd['’]hui|today|ce jour)(?![\p{L}\p{N}])/giu;
const WEEKDAY = new RegExp(String.raw`\b(${WEEKDAYS})\b`, 'giu');

/**
 * "l'année suivante", "the following year", "two years later", "deux ans plus tard": years after the sentence's
 * last year named before. Group 1 holds the count when one is given.
 */
const FOLLOWING_YEAR =
  /(?<![\p{L}\p{N}])(?:l['’]année\s+(?:suivante|d['’]après)|(?:the\s+)?(?:following|next)\s+year|(a|one|two|three|four|five|un|deux|trois|quatre|cinq|\d)\s+(?:years?\s+later|ans?\s+plus\s+tard))(?![\p{L}\p{N}])/giu;
/** Counts spelled out before "years later" / "ans plus tard". */
const YEARS_LATER: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  un: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  four: 4,
  quatre: 4,
  five: 5,
  cinq: 5,
};
/** Characters of the year in an ISO date. */
const YEAR_CHARS = 4;

type Reader = (m: RegExpExecArray) => string | null;

/** Lower case "may"/"mar" are the verb and a word, not months. */
const notAMonth = (word: string): boolean => word === 'may' || word === 'mar';

/** Readers in precedence order: a span already read by an earlier one is not read again. */
function readers(published: string | null): [RegExp, Reader][] {
  const pub = parsePublished(published);
  const precise = published !== null && /^\d{4}-\d{2}-\d{2}/.test(published);
  const year = pub?.getUTCFullYear() ?? null;
  const month = (name: string): number => MONTH_NUMBER[name.toLowerCase()];
  const dayIn = (y: number, mo: number, d: number): string | null =>
    d >= 1 && d <= 31 ? `${y}-${pad(mo)}-${pad(d)}` : null;
  const out: [RegExp, Reader][] = [
    [
      DAY_MONTH_YEAR,
      (m) => (m[3] || year ? dayIn(m[3] ? Number(m[3]) : year!, month(m[2]), Number(m[1])) : null),
    ],
    [
      MONTH_DAY_YEAR,
      (m) =>
        !notAMonth(m[1]) && (m[3] || year)
          ? dayIn(m[3] ? Number(m[3]) : year!, month(m[1]), Number(m[2]))
          : null,
    ],
    [MONTH_YEAR, (m) => (notAMonth(m[1]) ? null : `${m[2]}-${pad(month(m[1]))}`)],
    [YEAR, (m) => m[1]],
  ];
  if (!pub || year === null) return out;
  const pubMonth = pub.getUTCMonth() + 1;
  out.push(
    [
      BARE_MONTH,
      (m) => {
        if (notAMonth(m[1]) || /^[a-z]/.test(m[1]) !== /^(?:en|depuis|début|fin|mi-|au|courant)/iu.test(m[0]))
          return null;
        const mo = month(m[1]);
        return `${mo > pubMonth ? year - 1 : year}-${pad(mo)}`;
      },
    ],
    [THIS_YEAR, () => String(year)],
    [LAST_YEAR, () => String(year - 1)],
    [LAST_SEASON, () => String(year - 1)],
    [THIS_SEASON, () => String(year)],
    [THIS_MONTH, () => `${year}-${pad(pubMonth)}`],
    [
      LAST_MONTH,
      () => {
        const d = new Date(Date.UTC(year, pubMonth - 2, 1));
        return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
      },
    ],
  );
  if (!precise) return out;
  out.push(
    [YESTERDAY, () => iso(new Date(pub.getTime() - MS_PER_DAY))],
    [TODAY, () => iso(pub)],
    [
      WEEKDAY,
      (m) => {
        const back = (pub.getUTCDay() - WEEKDAY_NUMBER[m[1].toLowerCase()] + 7) % 7;
        return iso(new Date(pub.getTime() - back * MS_PER_DAY));
      },
    ],
  );
  return out;
}

/**
 * The readers of the last publication date asked for: they depend on it alone, and every sentence of an article
 * asks with the same date, so its parse and the readers' closures are made once per article, not per sentence.
 */
let lastReaders: { published: string | null; readers: [RegExp, Reader][] } | null = null;

function readersFor(published: string | null): [RegExp, Reader][] {
  if (lastReaders === null || lastReaders.published !== published)
    lastReaders = { published, readers: readers(published) };
  return lastReaders.readers;
}

/** Stands for "no publication date" in the memo's keys (no date string holds it). */
const NO_PUBLICATION = '\u0000';
/** Every deal rule that matches a sentence asks for its dates again: read once per sentence and date. */
const mentionsOf = memoByTextPair((sentence: string, published: string) =>
  readDateMentions(sentence, published === NO_PUBLICATION ? null : published),
);

/** The dates of `sentence` in text order; offsets are relative to the sentence. The list is shared: read only. */
export function findDateMentions(sentence: string, published: string | null): DateMention[] {
  return mentionsOf(sentence, published ?? NO_PUBLICATION);
}

/**
 * The readers that match only where a digit is (a day or a year): most sentences have none, and these long
 * case-folded month alternations were a good share of reading dates. `\d` is ASCII digits in every flag set.
 */
const NEEDS_DIGIT: ReadonlySet<RegExp> = new Set([DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR, YEAR]);
const DIGIT = /\d/;

function readDateMentions(sentence: string, published: string | null): DateMention[] {
  const found: DateMention[] = [];
  const digits = DIGIT.test(sentence);
  for (const [pattern, read] of readersFor(published)) {
    if (!digits && NEEDS_DIGIT.has(pattern)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const date = read(m);
      if (date) found.push({ date, start, end });
    }
  }
  found.sort((a, b) => a.start - b.start);
  return withFollowingYears(sentence, found);
}

/** Dates "the following year" gives, each the year after the nearest dated mention before it. */
function withFollowingYears(sentence: string, found: DateMention[]): DateMention[] {
  FOLLOWING_YEAR.lastIndex = 0;
  const added: DateMention[] = [];
  for (let m = FOLLOWING_YEAR.exec(sentence); m; m = FOLLOWING_YEAR.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    const before = found.filter((f) => f.end <= start).pop();
    if (!before) continue;
    const count = m[1] === undefined ? 1 : (YEARS_LATER[m[1].toLowerCase()] ?? Number(m[1]));
    added.push({ date: String(Number(before.date.slice(0, YEAR_CHARS)) + count), start, end });
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

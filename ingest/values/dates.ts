/** Dates in a sentence, resolved to ISO (YYYY, YYYY-MM or YYYY-MM-DD) against the publication date. */

export const MONTH_NUMBER: Record<string, number> = {
  janvier: 1,
  january: 1,
  jan: 1,
  février: 2,
  fevrier: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  avril: 4,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juin: 6,
  june: 6,
  jun: 6,
  juillet: 7,
  july: 7,
  jul: 7,
  août: 8,
  aout: 8,
  august: 8,
  aug: 8,
  septembre: 9,
  september: 9,
  sept: 9,
  sep: 9,
  octobre: 10,
  october: 10,
  oct: 10,
  novembre: 11,
  november: 11,
  nov: 11,
  décembre: 12,
  decembre: 12,
  december: 12,
  dec: 12,
};
export const WEEKDAY_NUMBER: Record<string, number> = {
  dimanche: 0,
  sunday: 0,
  lundi: 1,
  monday: 1,
  mardi: 2,
  tuesday: 2,
  mercredi: 3,
  wednesday: 3,
  jeudi: 4,
  thursday: 4,
  vendredi: 5,
  friday: 5,
  samedi: 6,
  saturday: 6,
};
const MONTHS = Object.keys(MONTH_NUMBER).join('|');
const WEEKDAYS = Object.keys(WEEKDAY_NUMBER).join('|');

const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:er)?\s+(${MONTHS})\.?(?:\s+(\d{4}))?\b`, 'iu');
const MONTH_DAY_YEAR = new RegExp(
  String.raw`\b(${MONTHS})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`,
  'iu',
);
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTHS})\.?\s+(?:de\s+l['’]année\s+)?(\d{4})\b`, 'iu');
const YEAR =
  /(?<![\p{L}\p{N}])(?:en|in|depuis|since|fin|début|mi-|early|late|during|au cours de|courant)\s+(19[5-9]\d|20[0-4]\d)(?![\p{L}\p{N}])/iu;
const WEEKDAY = new RegExp(String.raw`\b(${WEEKDAYS})\b`, 'iu');
const THIS_YEAR = /(?<![\p{L}\p{N}])(cette année|this year|en cours d['’]année)(?![\p{L}\p{N}])/iu;
const LAST_YEAR =
  /(?<![\p{L}\p{N}])(l['’]an dernier|l['’]année dernière|l['’]an passé|last year|a year ago)(?![\p{L}\p{N}])/iu;
const LAST_MONTH = /(?<![\p{L}\p{N}])(le mois dernier|last month)(?![\p{L}\p{N}])/iu;
const THIS_MONTH = /(?<![\p{L}\p{N}])(ce mois-ci|this month)(?![\p{L}\p{N}])/iu;
const YESTERDAY = /(?<![\p{L}\p{N}])(hier|yesterday)(?![\p{L}\p{N}])/iu;
const TODAY = /(?<![\p{L}\p{N}])(aujourd['’]hui|today|ce jour)(?![\p{L}\p{N}])/iu;

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function parsePublished(published: string | null): Date | null {
  if (!published || !/^\d{4}(-\d{2}(-\d{2})?)?/.test(published)) return null;
  const [y, m, d] = published.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, (m || 1) - 1, d || 1));
}

export function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The first date the sentence gives, as precise as it allows; null when none. */
export function findDate(sentence: string, published: string | null): string | null {
  const pub = parsePublished(published);
  const precise = published !== null && /^\d{4}-\d{2}-\d{2}/.test(published);
  let m = DAY_MONTH_YEAR.exec(sentence);
  if (m && (m[3] || pub)) {
    const year = m[3] ? Number(m[3]) : pub!.getUTCFullYear();
    const day = Number(m[1]);
    if (day >= 1 && day <= 31) return `${year}-${pad(MONTH_NUMBER[m[2].toLowerCase()])}-${pad(day)}`;
  }
  m = MONTH_DAY_YEAR.exec(sentence);
  // "may" in lower case is the modal verb, not the month
  if (m && (m[3] || pub) && m[1] !== 'may' && m[1] !== 'mar') {
    const year = m[3] ? Number(m[3]) : pub!.getUTCFullYear();
    const day = Number(m[2]);
    if (day >= 1 && day <= 31) return `${year}-${pad(MONTH_NUMBER[m[1].toLowerCase()])}-${pad(day)}`;
  }
  m = MONTH_YEAR.exec(sentence);
  if (m) return `${m[2]}-${pad(MONTH_NUMBER[m[1].toLowerCase()])}`;
  m = YEAR.exec(sentence);
  if (m) return m[1];
  if (!pub) return null;
  const year = pub.getUTCFullYear();
  if (THIS_YEAR.test(sentence)) return String(year);
  if (LAST_YEAR.test(sentence)) return String(year - 1);
  if (THIS_MONTH.test(sentence)) return `${year}-${pad(pub.getUTCMonth() + 1)}`;
  if (LAST_MONTH.test(sentence)) {
    const d = new Date(Date.UTC(year, pub.getUTCMonth() - 1, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  if (!precise) return null;
  if (YESTERDAY.test(sentence)) return iso(new Date(pub.getTime() - 86400000));
  if (TODAY.test(sentence)) return iso(pub);
  m = WEEKDAY.exec(sentence);
  if (m) {
    const back = (pub.getUTCDay() - WEEKDAY_NUMBER[m[1].toLowerCase()] + 7) % 7;
    return iso(new Date(pub.getTime() - back * 86400000));
  }
  return null;
}

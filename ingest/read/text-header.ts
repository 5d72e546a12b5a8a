/** Headline and publication date of a plain-text or Markdown article, read from its first lines. */

const MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).join('|');
/** Only the head of the file is searched for the headline and the date. */
const HEADER_LINES = 15;
/** A headline is a short line: longer ones are body paragraphs. */
const MAX_HEADLINE_CHARS = 160;

const DATE_LINE = new RegExp(
  String.raw`(?:publié|mis à jour|published|posted|updated)?\s*(?:le|on)?\s*(\d{1,2})(?:er)?\s+(${MONTH_NAMES})\s+(\d{4})`,
  'iu',
);
const DATE_LINE_EN = new RegExp(
  String.raw`(?:published|posted|updated)?\s*(?:on)?\s*(${MONTH_NAMES})\s+(\d{1,2}),?\s+(\d{4})`,
  'iu',
);
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dateIn(line: string): string | null {
  let m = DATE_LINE.exec(line);
  if (m) return `${m[3]}-${pad(MONTHS[m[2].toLowerCase()])}-${pad(Number(m[1]))}`;
  m = DATE_LINE_EN.exec(line);
  if (m) return `${m[3]}-${pad(MONTHS[m[1].toLowerCase()])}-${pad(Number(m[2]))}`;
  m = ISO_DATE.exec(line);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** True for a line that reads like a headline: short, no final full stop, some capital, not a date. */
function headlineLike(line: string): boolean {
  const t = line.replace(/^#+\s*/, '').trim();
  if (t.length < 3 || t.length > MAX_HEADLINE_CHARS) return false;
  if (/[.:;,]$/.test(t) && !/\.\.\.$/.test(t)) return false;
  if (dateIn(t) !== null) return false;
  return /\p{Lu}/u.test(t);
}

/**
 * The headline is a Markdown "# " line if there is one; otherwise a short line that is repeated in the head
 * (pages often print it twice, once as the page title and once above the body), else the first short line
 * after a leading tagline. The date is the first "Publié le …", "Published on …" or leading date line.
 */
export function readTextHeader(text: string): { title: string | null; published: string | null } {
  const lines = text
    .split(/\r?\n/)
    .slice(0, HEADER_LINES)
    .map((l) => l.trim())
    .filter(Boolean);
  let published: string | null = null;
  for (const l of lines) {
    published = dateIn(l);
    if (published) break;
  }
  const md = lines.find((l) => /^#\s+/.test(l));
  if (md) return { title: md.replace(/^#+\s*/, '').trim(), published };
  const candidates = lines.filter(headlineLike);
  const repeated = candidates.find(
    (l, i) => candidates.indexOf(l) !== i || lines.filter((x) => x === l).length > 1,
  );
  if (repeated) return { title: repeated, published };
  const first = lines.findIndex(headlineLike);
  return { title: first >= 0 ? lines[first].replace(/^#+\s*/, '') : null, published };
}

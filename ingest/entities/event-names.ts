import type { Token } from '../tokens';

/**
 * Names of events are not organisations (GOLD-FORMAT counts companies, funds, public bodies and people): trade
 * fairs, conferences, award ceremonies.
 */

/**
 * Last words that make a name an event wherever it stands ("Web Summit", "Dubai Expo", "Cannes Lions Awards"); not
 * "salon", which opens French fair names ("Salon de l'auto") and ends shop names ("Second Salon").
 */
const EVENT_TAILS = new Set(['summit', 'expo', 'exposition', 'festival', 'awards', 'week']);
/** Last words that name an event only where the text says one attends it ("at the RSA Conference"). */
const ATTENDED_EVENT_TAILS = new Set(['conference', 'show', 'congress', 'congrès', 'fair']);
/** Words right before a name that put it as a place one goes to or a time ("at the", "au"). */
const ATTENDANCE_WORDS = new Set(['at', 'during', 'attend', 'attended', 'attending', 'au', 'pendant']);
/**
 * French and English nouns of an event, right before its name ("au salon Viva Technology", "the trade fair X");
 * not "conférence", which also heads college sports leagues.
 */
const EVENT_NOUNS = new Set(['salon', 'festival', 'fair', 'expo']);

/** A year set right after a name: the edition of an event. */
const EDITION_YEAR_RE = /^20\d\d$/;

/**
 * Words of an event's own name before its bracketed acronym ("Salon international de l'agriculture (SIA)",
 * "Consumer Electronics Show (CES)"); not "forum" or "conference", which name bodies and leagues too ("World
 * Economic Forum (WEF)").
 */
const ACRONYM_EVENT_WORDS = new Set([
  'salon',
  'festival',
  'foire',
  'sommet',
  'summit',
  'expo',
  'exposition',
  'fair',
  'show',
  'awards',
]);
/** Most words of the event's name read back from the bracket. */
const MAX_EVENT_WORDS = 6;

/** "(SIA)" right after an event's name: the acronym is the event's. */
function isEventAcronym(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || tokens[from - 1]?.text !== '(' || tokens[to]?.text !== ')') return false;
  if (tokens[from].text !== tokens[from].text.toUpperCase()) return false;
  for (let k = from - 2; k >= 0 && from - 2 - k < MAX_EVENT_WORDS; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (ACRONYM_EVENT_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text)) return true;
  }
  return false;
}

/** True when the name [from, to) names an event rather than an organisation. */
export function isEventName(tokens: Token[], from: number, to: number): boolean {
  if (isEventAcronym(tokens, from, to)) return true;
  const last = tokens[to - 1].lower;
  if (to - from > 1 && EVENT_TAILS.has(last)) return true;
  const prev = tokens[from - 1];
  if (prev && EVENT_NOUNS.has(prev.lower)) return true;
  // "at HLTH 2026", "à VivaTech 2026": a name one attends, dated by its edition's year
  const year = tokens[to];
  if (
    prev &&
    year &&
    EDITION_YEAR_RE.test(year.text) &&
    (ATTENDANCE_WORDS.has(prev.lower) || prev.lower === 'à')
  )
    return true;
  if (to - from > 1 && ATTENDED_EVENT_TAILS.has(last)) {
    const article = !!prev && (prev.lower === 'the' || prev.lower === 'la' || prev.lower === 'le');
    const before = article ? tokens[from - 2] : prev;
    // "lors du Congrès X": "du" after "lors" is a time, after a noun ("président du") an owner
    const during = prev?.lower === 'du' && tokens[from - 2]?.lower === 'lors';
    return during || (!!before && ATTENDANCE_WORDS.has(before.lower));
  }
  return false;
}

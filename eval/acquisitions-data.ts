import { EvalError } from './errors';

/** The four slots scored, named as in the answer keys. */
export type AcqSlot = 'PURCHASER' | 'ACQUIRED' | 'SELLER' | 'DLRAMT';
export const ACQ_SLOTS: readonly AcqSlot[] = ['PURCHASER', 'ACQUIRED', 'SELLER', 'DLRAMT'];

/**
 * An answer key: for each slot, one entry per line of that slot (several lines = several parties), each entry
 * the alternative strings of that line (`"A" / "B"`). A `---` line gives no entry. Unscored slots (ACQBUS,
 * ACQLOC, STATUS) are kept too, for error listings.
 */
export interface AnswerKey {
  id: string;
  slots: Record<string, string[][]>;
}

const SLOT_LINE = /^([A-Z]+):\s*(.*)$/;
const QUOTED = /"([^"]*)"/g;
const EMPTY_VALUE = '---';

export function parseAnswerKey(text: string, source = 'key'): AnswerKey {
  const slots: Record<string, string[][]> = {};
  let id: string | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line) continue;
    const m = SLOT_LINE.exec(line);
    if (!m) throw new EvalError('EVAL_KEY_INVALID', `${source}: unreadable line "${line}"`);
    const [, slot, rest] = m;
    if (slot === 'TEXT') {
      id = rest.trim();
      continue;
    }
    slots[slot] ??= [];
    if (rest.trim() === EMPTY_VALUE) continue;
    const alternatives = [...rest.matchAll(QUOTED)].map((q) => q[1]);
    if (alternatives.length === 0)
      throw new EvalError('EVAL_KEY_INVALID', `${source}: no quoted value in "${line}"`);
    slots[slot].push(alternatives);
  }
  if (id === null) throw new EvalError('EVAL_KEY_INVALID', `${source}: no TEXT line`);
  return { id, slots };
}

/** Every string the key accepts for a slot, over all its lines. */
export function acceptedValues(key: AnswerKey, slot: string): string[] {
  return (key.slots[slot] ?? []).flat();
}

/** The wire service's sign-off line that ends most stories; it is not part of the story. */
const SIGN_OFF = /^\s*Reuter\s*$/;
/** Reuters marks a new paragraph by indenting its first line. */
const PARAGRAPH_START = /^\s+\S/;

/**
 * The documents are Reuters-21578 bodies, hard-wrapped at ~65 columns, with the dateline already removed
 * (they start with blank lines, then the first paragraph). Wrapping would cut names in two ("Compagnie des
 * Machines\nBull"), so lines are re-joined into paragraphs (one per line of output) and runs of spaces folded;
 * the "Reuter" sign-off and anything after it is dropped.
 */
export function readAcqDocText(raw: string): string {
  const paragraphs: string[][] = [];
  for (const line of raw.split(/\r?\n/)) {
    if (SIGN_OFF.test(line)) break;
    if (!line.trim()) {
      if (paragraphs.length && paragraphs[paragraphs.length - 1].length) paragraphs.push([]);
      continue;
    }
    if (PARAGRAPH_START.test(line) || paragraphs.length === 0) paragraphs.push([]);
    paragraphs[paragraphs.length - 1].push(line.trim());
  }
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join(' ').replace(/\s+/g, ' '))
    .join('\n');
}

/** The strict comparison of the published results: same string once case and whitespace are normalised. */
export function normalizeSlotValue(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}

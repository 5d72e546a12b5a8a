import type { Rule, SentenceReader } from './rule';
import type { Pattern, Unit } from './pattern';
import { hasWordMatching, wordsOf } from './sentence-words';
import { WordPatternHits } from './word-pattern-hits';

/**
 * Which rules a sentence can possibly satisfy, from the words each rule needs (`Pattern.requiredWords`, and a
 * reader's `Rule.neededWords`): one look-up per word of the sentence instead of one per needed word per rule.
 * Readers that declare no words, and needed words given as a real regex, are let through: `matchScreened` still
 * tests the latter.
 */
export interface RuleScreen {
  /**
   * Per rule (same order as the list), 1 when every plain needed word list has a word in the sentence and, for a
   * two-party rule, the sentence names two parties (`pairable`). The array is reused by the next call.
   */
  passing(units: Unit[], pairable: boolean): Uint8Array;
  /**
   * Per rule, its reader or null (a pattern rule), and its pattern or null: read from arrays, the loop over the
   * rules does not look up fields on rule objects of fifty-odd shapes.
   */
  readonly readers: readonly (SentenceReader | null)[];
  readonly patterns: readonly (Pattern | null)[];
}

interface ScreenIndex {
  /** Word → slots (one slot per rule per needed word list) it satisfies. */
  slotsByWord: Map<string, number[]>;
  slotRule: Int32Array;
  /** Per rule, how many of its needed word lists are plain words. */
  plainSlots: Int32Array;
  /** Per rule, 1 when it needs two named parties in the sentence (no topic standing in for the target). */
  twoParty: Uint8Array;
  /** Readers that declare a needed-word regex, with it; `id` is its place in `hits`, -1 for a stateful one. */
  wordPatterns: { rule: number; re: RegExp; id: number }[];
  /** Every stateless needed-word regex once (by flags and source), answered for a sentence's words at once. */
  hits: WordPatternHits;
  /** Per rule, 1 when it can read nothing in a sentence whose every name is an organisation (needsPerson). */
  personal: Uint8Array;
}

function buildIndex(rules: readonly Rule[]): ScreenIndex {
  const slotsByWord = new Map<string, number[]>();
  const slotRule: number[] = [];
  const plainSlots = new Int32Array(rules.length);
  const twoParty = new Uint8Array(rules.length);
  rules.forEach((rule, r) => {
    twoParty[r] = rule.source && rule.target && !rule.topicTarget ? 1 : 0;
    for (const words of neededLists(rule)) {
      if (words === null) continue;
      const slot = slotRule.length;
      slotRule.push(r);
      plainSlots[r] += 1;
      // a list may say a word twice; the slot counts once
      for (const w of new Set(words)) {
        let slots = slotsByWord.get(w);
        if (!slots) slotsByWord.set(w, (slots = []));
        slots.push(slot);
      }
    }
  });
  const ids = new Map<string, number>();
  const distinct: RegExp[] = [];
  const wordPatterns = rules.flatMap((rule, r) => {
    const re = rule.read ? rule.neededWordPattern : undefined;
    if (re === undefined) return [];
    if (re.global || re.sticky) return [{ rule: r, re, id: -1 }];
    const key = `${re.flags}/${re.source}`;
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = distinct.length));
      distinct.push(re);
    }
    return [{ rule: r, re, id }];
  });
  const personal = Uint8Array.from(rules, (rule) => (needsPerson(rule) ? 1 : 0));
  const hits = new WordPatternHits(distinct);
  return {
    slotsByWord,
    slotRule: Int32Array.from(slotRule),
    plainSlots,
    twoParty,
    wordPatterns,
    personal,
    hits,
  };
}

/** The word lists a rule needs: its pattern's, and a reader's declared words as one more list. */
function neededLists(rule: Rule): readonly (readonly string[] | null)[] {
  const lists = rule.pattern?.requiredWords ?? [];
  if (!rule.read || !rule.neededWords || rule.neededWords.length === 0) return lists;
  return [...lists, rule.neededWords];
}

/**
 * A pattern with a required person party ("%p") matches only a unit read as persons; a LEADS or FOUNDED reader
 * fills its role `p` with a person (an organisation founder is role `q`): neither reads a sentence naming none.
 */
export function needsPerson(rule: Rule): boolean {
  if (rule.pattern)
    return rule.pattern.elements.some((e) => e.t === 'ent' && e.want === 'person' && !e.optional);
  return rule.read !== undefined && (rule.type === 'LEADS' || rule.type === 'FOUNDED') && rule.source === 'p';
}

/** Some unit may hold a person: one read as persons, or one whose names are not all organisations. */
export function mayNamePerson(units: readonly Unit[]): boolean {
  for (const u of units) if (u.kind === 'ent' && (u.persons || !u.orgs)) return true;
  return false;
}

const screens = new WeakMap<readonly Rule[], RuleScreen>();

/** The screen of a rule list, built once per list (lists are fixed per language). */
export function ruleScreen(rules: readonly Rule[]): RuleScreen {
  let screen = screens.get(rules);
  if (!screen) {
    const index = buildIndex(rules);
    const slotHit = new Uint8Array(index.slotRule.length);
    const hitsPerRule = new Int32Array(rules.length);
    const pass = new Uint8Array(rules.length);
    screen = {
      readers: rules.map((rule) => rule.read ?? null),
      patterns: rules.map((rule) => rule.pattern),
      passing(units, pairable) {
        slotHit.fill(0);
        hitsPerRule.fill(0);
        const words = wordsOf(units);
        for (const w of words) {
          const slots = index.slotsByWord.get(w);
          if (slots === undefined) continue;
          for (const slot of slots) {
            if (slotHit[slot] === 1) continue;
            slotHit[slot] = 1;
            hitsPerRule[index.slotRule[slot]] += 1;
          }
        }
        for (let r = 0; r < pass.length; r++)
          pass[r] = hitsPerRule[r] === index.plainSlots[r] && (pairable || index.twoParty[r] === 0) ? 1 : 0;
        if (!mayNamePerson(units))
          for (let r = 0; r < pass.length; r++) if (index.personal[r] === 1) pass[r] = 0;
        const hit = index.wordPatterns.length > 0 ? index.hits.of(words) : null;
        for (const { rule, re, id } of index.wordPatterns)
          if (pass[rule] === 1 && (id >= 0 ? hit![id] === 0 : !hasWordMatching(units, words, re)))
            pass[rule] = 0;
        return pass;
      },
    };
    screens.set(rules, screen);
  }
  return screen;
}

import type { Rule, SentenceReader } from './rule';
import type { Pattern, Unit } from './pattern';
import { hasWordMatching, wordsOf } from './sentence-words';
import { WordPatternHits } from './word-pattern-hits';
import { ScreenWordTable } from './screen-word-table';

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
   * The same answer as the indices of the passing rules, ascending (the order the rules are read in). The array is
   * reused by the next call. The relation loop walks these ~15 instead of testing all ~700 flags per sentence.
   */
  passingRules(units: Unit[], pairable: boolean): readonly number[];
  /**
   * Per rule, its reader or null (a pattern rule), and its pattern or null: read from arrays, the loop over the
   * rules does not look up fields on rule objects of fifty-odd shapes.
   */
  readonly readers: readonly (SentenceReader | null)[];
  readonly patterns: readonly (Pattern | null)[];
}

interface ScreenIndex {
  /** Per word, the slots (one slot per rule per needed word list) it satisfies and the needed-word regexes it passes. */
  words: ScreenWordTable;
  slotRule: Int32Array;
  /** Per rule, how many of its needed word lists are plain words. */
  plainSlots: Int32Array;
  /** Per rule, 1 when it needs two named parties in the sentence (no topic standing in for the target). */
  twoParty: Uint8Array;
  /** Readers that declare a needed-word regex, with it; `id` is its place in `hits`, -1 for a stateful one. */
  wordPatterns: { rule: number; re: RegExp; id: number }[];
  /** Per rule, 1 when it can read nothing in a sentence whose every name is an organisation (needsPerson). */
  personal: Uint8Array;
  /** Rules with no plain needed word list (ascending): they pass the word count whatever the sentence holds. */
  free: Int32Array;
  /** Per rule, its entry in `wordPatterns`, or -1. */
  patternOf: Int32Array;
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
  const free = Int32Array.from(rules.keys()).filter((r) => plainSlots[r] === 0);
  const patternOf = new Int32Array(rules.length).fill(-1);
  wordPatterns.forEach((p, k) => (patternOf[p.rule] = k));
  return {
    free,
    patternOf,
    // every stateless needed-word regex once (by flags and source), answered per word in the same table
    words: new ScreenWordTable(slotsByWord, new WordPatternHits(distinct), distinct.length),
    slotRule: Int32Array.from(slotRule),
    plainSlots,
    twoParty,
    wordPatterns,
    personal,
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
    const full: number[] = [];
    const passed: number[] = [];
    const pass = new Uint8Array(rules.length);
    const passingRules = (units: Unit[], pairable: boolean): readonly number[] => {
      slotHit.fill(0);
      hitsPerRule.fill(0);
      full.length = 0;
      const words = wordsOf(units);
      const line = index.words.lineOf(words);
      for (const { slots } of line) {
        for (const slot of slots) {
          if (slotHit[slot] === 1) continue;
          slotHit[slot] = 1;
          const r = index.slotRule[slot];
          if (++hitsPerRule[r] === index.plainSlots[r]) full.push(r);
        }
      }
      full.sort((a, b) => a - b);
      passed.length = 0;
      const person = mayNamePerson(units);
      let hit: Uint8Array | null = null;
      // the free rules and the rules whose every word list was met, merged in rule order
      for (let f = 0, g = 0; f < index.free.length || g < full.length;) {
        const r =
          g >= full.length || (f < index.free.length && index.free[f] < full[g])
            ? index.free[f++]
            : full[g++];
        if (!pairable && index.twoParty[r] === 1) continue;
        if (!person && index.personal[r] === 1) continue;
        const k = index.patternOf[r];
        if (k >= 0) {
          const { re, id } = index.wordPatterns[k];
          // each word's answers to every needed-word regex are looked up only for a sentence that needs them
          if (id >= 0 ? (hit ??= index.words.hitsOf(line))[id] === 0 : !hasWordMatching(units, words, re))
            continue;
        }
        passed.push(r);
      }
      return passed;
    };
    screen = {
      readers: rules.map((rule) => rule.read ?? null),
      patterns: rules.map((rule) => rule.pattern),
      passingRules,
      passing(units, pairable) {
        pass.fill(0);
        for (const r of passingRules(units, pairable)) pass[r] = 1;
        return pass;
      },
    };
    screens.set(rules, screen);
  }
  return screen;
}

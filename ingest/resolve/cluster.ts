import type { Token } from '../tokens';
import type { TypedCandidate } from '../entities/collect';
import type { NameItem as Item } from './named-apart';
import { isPrefix, namedApart } from './named-apart';
import { introducedApart } from './introduced-apart';
import { LEGAL_FORMS } from '../entities/lexicon-common';
import { foldName, foldText } from './normalize';
import { findInShoutedSentences } from './shouted-mentions';
import type { EntityDraft, EntityIndex, Mention } from './mentions';
import { UnionFind } from './union-find';
import { isParticleSurnameOf, opensWithParticle } from './particle-surnames';
import { isCompoundSurnameOf, surnameOf } from './person-surnames';
import {
  coreWords,
  firstIntroduced,
  isGivenNamesOf,
  isLastCoreWord,
  isNameAfterCue,
  nearestFullName,
  uniqueLonger,
} from './short-form-of';
import { retypeLoneGivenNames } from './lone-names';
import { retypeSurnamesOfPeople } from './org-surnames';
import { isAbbreviatedPrefix } from './abbreviated-prefix';
import { definesGroup, spellsInitials } from './acronym-core';
import { retypeCoordinatedPeople } from './coordinated-people';
import { retypeLegalFormShortNames } from './legal-form-short-name';
import { endsInPlaceComplement } from './place-complement-tail';
import { locativeOnlyKeys } from './locative-names';
import { isRegionCouncilMention, regionCouncilAlias } from './region-council-names';

/** Words skipped when an acronym is spelled from a name's initials ("Groupe Bruxelles Lambert" → GBL). */
const ACRONYM_SKIP = new Set([
  'de',
  'des',
  'du',
  'd',
  'of',
  'and',
  'the',
  'la',
  'le',
  'les',
  'et',
  'for',
  'sur',
]);

function initials(words: string[]): string {
  return words
    .filter((w) => !ACRONYM_SKIP.has(w))
    .map((w) => w.charAt(0))
    .join('');
}

/** Distinct names that must end in the same place complement before the bare word reads as the place. */
const MIN_NAMES_SHARING_PLACE = 2;

/**
 * Words that end a product's or an offer's name after its maker's ("Acme Plus", "Acme Desk", "Acme Gold"), or a
 * deal's ("the Acme Acquisition"): no unit of the company.
 */
const PRODUCT_TAILS = new Set(
  `plus pro max mini lite gold silver premium go one desk app pay air home light express acquisition merger
  transaction offer agreement deal`.split(/\s+/),
);

/**
 * "Jura" after "Lunetteries du Jura" and "Union des lunetiers du Jura": a word that closes the place complement of
 * two different names is the place they share, not the short form of either (one such name may be shortened so:
 * "Valcenis" for "Société des remontées mécaniques de Valcenis").
 */
function isSharedPlaceTail(short: Item, orgs: Item[]): boolean {
  const keys = new Set<string>();
  for (const o of orgs) if (isLastCoreWord(short, o) && endsInPlaceComplement(coreWords(o))) keys.add(o.key);
  return keys.size >= MIN_NAMES_SHARING_PLACE;
}

/** Unknown names that repeat a known one (whole, as a prefix, or a person's surname) take its type. */
function settleUnknowns(items: Item[]): void {
  const persons = items.filter((x) => x.c.kind === 'person' && x.words.length > 1);
  const isSurname = (x: Item) =>
    x.words.length === 1
      ? persons.some((p) => surnameOf(p.words) === x.words[0])
      : persons.some(
          (p) => isParticleSurnameOf(x.words, p.words) || isCompoundSurnameOf(x.words, x.c.text, p.words),
        ) &&
        !items.some(
          (o) => o.c.kind !== 'person' && o.words.length > x.words.length && isPrefix(x.words, o.words),
        );
  // a business verb's subject or object is a company unless it is the surname of someone named in the article
  for (const x of items) if (x.c.kind === 'unknown' && x.c.verbCue && !isSurname(x)) x.c.kind = 'org';
  const orgs = items.filter((x) => x.c.kind === 'org');
  for (const x of items) {
    if (x.c.kind !== 'unknown') continue;
    if (
      orgs.some(
        (o) =>
          o.key === x.key ||
          isPrefix(x.words, o.words) ||
          (isLastCoreWord(x, o) && !isSharedPlaceTail(x, orgs)) ||
          isAbbreviatedPrefix(x, o),
      )
    )
      x.c.kind = 'org';
    // "Ostara Again", "Infralys Cyber": a company's name and one more word name a unit or a spin-off of it
    else if (orgs.some((o) => isPrefix(o.words, x.words) && x.words.length === o.words.length + 1)) {
      // a number or a product tier after the name is a model ("GE 400", "Acme Plus")
      const tail = x.words[x.words.length - 1];
      if (/^\p{L}+$/u.test(tail) && !PRODUCT_TAILS.has(tail) && !LEGAL_FORMS.has(tail)) x.c.kind = 'org';
    } else if (isSurname(x)) x.c.kind = 'person';
    else if (
      orgs.some((o) => o.words.length === 1 && x.words.length === 1 && initials(x.words) === o.words[0])
    )
      x.c.kind = 'org';
  }
}

/** Votes of a mention typed a company by its origin adjective: it outweighs one mention typed by shape. */
const ORIGIN_FIRM_VOTES = 1.5;

/**
 * One name typed a company in some sentences and a person in others ("présidente de Studio X" and "créée par
 * Studio X") is one thing: the kind most of its mentions were given wins; a tie leaves both. A founder's name
 * after an origin adjective ("le lyonnais Maurice Vernay") is a company by a cue no person takes, its given name
 * is only a shape: that mention wins a tie ("Chez Maurice Vernay, c'est …"). A firm described by its apposition
 * over a given name wins outright.
 */
function settleMixedKinds(items: Item[]): void {
  const votes = new Map<string, { org: number; person: number }>();
  for (const x of items) {
    if (x.c.kind !== 'org' && x.c.kind !== 'person') continue;
    const v = votes.get(x.key) ?? { org: 0, person: 0 };
    v[x.c.kind] += x.c.firmByOrigin ? ORIGIN_FIRM_VOTES : 1;
    votes.set(x.key, v);
  }
  // "Tamsin Frozen, a maker of ready meals": the firm its apposition describes is the firm in every sentence, where
  // the other mentions are typed a person by their given name alone
  const described = new Set(items.filter((x) => x.c.firmByApposition).map((x) => x.key));
  for (const x of items) {
    if (described.has(x.key) && x.c.kind === 'person') {
      x.c.kind = 'org';
      continue;
    }
    const v = votes.get(x.key);
    if (!v || v.org === 0 || v.person === 0 || v.org === v.person) continue;
    if (x.c.kind === 'org' || x.c.kind === 'person') x.c.kind = v.org > v.person ? 'org' : 'person';
  }
}

/** Groups the candidates into entities and finds their names again in all-caps sentences. */
export function clusterEntities(cands: TypedCandidate[], sentTokens: Token[][], text: string): EntityIndex {
  const kept = cands.filter((c) => c.kind !== 'drop');
  const items: Item[] = kept.map((c) => ({
    c,
    words: foldText(c.text).split(' ').filter(Boolean),
    key: foldName(c.text),
  }));
  retypeCoordinatedPeople(items, sentTokens);
  settleUnknowns(items);
  retypeSurnamesOfPeople(items, sentTokens);
  retypeLoneGivenNames(items);
  retypeLegalFormShortNames(items);
  settleMixedKinds(items);
  const placeKeys = locativeOnlyKeys(items, sentTokens);
  const live = placeKeys.size === 0 ? items : items.filter((x) => !placeKeys.has(x.key));
  const uf = new UnionFind(live.length);
  const byCand = new Map<TypedCandidate, number>();
  live.forEach((x, i) => byCand.set(x.c, i));
  const groupTerms = new Set(
    live.filter((x) => definesGroup(sentTokens[x.c.sentence], x.c.from)).map((x) => x.key),
  );
  const byKey = new Map<string, number>();
  live.forEach((x, i) => {
    const k = `${x.c.kind === 'person' ? 'p' : 'o'}:${x.key}`;
    const seen = byKey.get(k);
    if (seen === undefined) byKey.set(k, i);
    else uf.union(seen, i);
    if (x.c.aliasOf !== null) {
      const target = byCand.get(cands[x.c.aliasOf]);
      if (target !== undefined) uf.union(target, i);
    }
  });
  const apart = namedApart(live);
  // a unit or a deal's new company introduced by name after its parent's shorter name (introduced-apart.ts)
  for (const pair of introducedApart(live, sentTokens)) apart.add(pair);
  live.forEach((x, i) => {
    if (x.c.kind === 'person') {
      if (x.words.length !== 1) {
        // "Castaing-Wu" after "Hélène Castaing-Wu": one hyphenated surname, folded into two words
        const compound = live.findIndex(
          (p) => p.c.kind === 'person' && isCompoundSurnameOf(x.words, x.c.text, p.words),
        );
        if (compound >= 0) uf.union(i, compound);
        // "Ana Lucía" in a quote after "Ana Lucía Ferrer": the given names of the one person they open
        const named = compound >= 0 ? -1 : uniqueLonger(x, live, isGivenNamesOf);
        if (named >= 0) uf.union(i, named);
        if (compound >= 0 || named >= 0 || !opensWithParticle(x.words)) return;
        // "Van Oort" that also opens "Van Oort Logistiek" is the family's firm, not one of the family
        const firm = live.some((o) => o.c.kind !== 'person' && isPrefix(x.words, o.words));
        const k = firm
          ? -1
          : live.findIndex((p) => p.c.kind === 'person' && isParticleSurnameOf(x.words, p.words));
        if (k >= 0) uf.union(i, k);
        return;
      }
      const j = nearestFullName(x, live);
      // "son frère Luc" before "Luc Darrieux": a lone given name no surname matches opens the one person it names
      const k = j >= 0 ? j : uniqueLonger(x, live, isGivenNamesOf);
      if (k >= 0) uf.union(i, k);
      return;
    }
    // "la région Pays de la Loire" is the council, no short form of "Pays de la Loire Participations"
    if (isRegionCouncilMention(sentTokens[x.c.sentence], x.c.from, x.c.to)) return;
    const extends_ = (s: Item, l: Item) => isPrefix(s.words, l.words) && !apart.has(`${s.key}>${l.key}`);
    let j = uniqueLonger(x, live, extends_);
    if (j < 0) j = firstIntroduced(x, live, extends_);
    if (j < 0 && x.words.length === 1 && x.c.text === x.c.text.toUpperCase() && !groupTerms.has(x.key)) {
      j = uniqueLonger(x, live, (s, l) => spellsInitials(s.words[0], l.words, l.key));
    }
    if (j < 0) {
      // a new company's or a unit's name it ends stays a candidate, so two names ending in the word still leave
      // it alone, but it never takes the word (introduced-apart.ts)
      j = uniqueLonger(x, live, isLastCoreWord);
      if (j >= 0 && apart.has(`${x.key}>${live[j].key}`)) j = -1;
    }
    if (j < 0) j = uniqueLonger(x, live, isNameAfterCue);
    if (j < 0) j = uniqueLonger(x, live, isAbbreviatedPrefix);
    if (j >= 0) uf.union(i, j);
  });
  return buildIndex(live, uf, sentTokens, text);
}

function buildIndex(live: Item[], uf: UnionFind, sentTokens: Token[][], text: string): EntityIndex {
  const groups = new Map<number, Item[]>();
  live.forEach((x, i) => {
    const r = uf.find(i);
    const g = groups.get(r) ?? [];
    g.push(x);
    groups.set(r, g);
  });
  const entities: EntityDraft[] = [];
  const bySentence: Mention[][] = sentTokens.map(() => []);
  for (const g of groups.values()) {
    const isPerson = g.some((x) => x.c.kind === 'person');
    const id = entities.length;
    const draft: EntityDraft = {
      id,
      type: isPerson ? 'Person' : 'Organization',
      surfaces: [],
      mentions: [],
      tentative: g.every((x) => x.c.kind === 'unknown'),
    };
    for (const x of g) {
      // Wire copy wraps lines inside names ("Wrather\nCorp"); a name is cited on one line.
      const surface = x.c.text.replace(/\s+/g, ' ');
      // a company is called by the name it took, which the public name picks first among equals
      if (!draft.surfaces.includes(surface)) {
        if (x.c.newName) draft.surfaces.unshift(surface);
        else draft.surfaces.push(surface);
      }
      const council = regionCouncilAlias(sentTokens[x.c.sentence], x.c.from, x.c.to, surface);
      if (council !== null && !(draft.aliasesOnly ??= []).includes(council)) draft.aliasesOnly.push(council);
      const m: Mention = {
        sentence: x.c.sentence,
        from: x.c.from,
        to: x.c.to,
        start: x.c.start,
        end: x.c.end,
        text: x.c.text,
        entity: id,
      };
      draft.mentions.push(m);
      bySentence[x.c.sentence].push(m);
    }
    entities.push(draft);
  }
  findInShoutedSentences(entities, sentTokens, bySentence, text);
  for (const list of bySentence) list.sort((a, b) => a.from - b.from || a.start - b.start);
  return { entities, bySentence };
}

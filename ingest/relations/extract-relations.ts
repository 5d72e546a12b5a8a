import type { Sentence } from '../sentences';
import type { Token } from '../tokens';
import type { EntityIndex } from '../resolve/mentions';
import { entityName } from '../resolve/to-entities';
import type { ExtractedEvent, ExtractedRelation, Language } from '../types';
import { SYMMETRIC_RELATIONS } from '../types';
import { rulesFor } from './all-rules';
import { fillMissingDetails } from './merge-facts';
import { SentenceFacts } from './sentence-facts';
import { MATCH_START, matchScreened } from './pattern';
import { contextOk, firstPartyOk, isMinorityPurchase, matchSpan, notObliqueOk, roleOk } from './match-checks';
import { ruleScreen } from './rule-screen';
import { possessedUnit } from './possessed-unit';
import { businessOfTarget, sellerAfter, targetBoughtFrom } from './seller';
import { placedAsset } from './deal-placed-asset';
import { bannerSeller } from './deal-seller-banner';
import { buildUnits } from './units';
import { withoutPersonAsides } from './person-aside-before-relative';
import { newDiscourseState, salientOrg, startParagraph, subjectOrgBefore } from './discourse';
import { memoDealValues } from './deal-values-memo';
import { liftOutOfRelative } from './relative-clause';
import { clauseOk, deniedMatch, withoutBrandOwners } from './clause-guards';
import { apposedHeadForOwner } from './deal-apposed-possessor';
import { surfacesByName, withoutOwnersBacking } from './owner-backing';
import { pairKey } from './frames/funded-round-company';
import { withSuccessorLeads } from './frames/leads-successor';
import { withPredecessorLeads } from './frames/leads-predecessor';
import { withNamedDepartmentLeads } from './frames/leads-named-department';
import { withoutOutletParties } from './frames/funded-told-outlet';
import { seedFromTitle } from './anaphora-title';
import { shoutedOpeningHeadline } from './shouted-title-names';
import { SELLS_OWN_BUSINESS } from './frames/acquired-sales';
import { EARLIER_OWNER } from './frames/acquired-owner-earlier-stake';
import { foundedDealTarget, recordAcquisition } from './anaphora-founded-target';
import { recordFounding } from './anaphora-just-founded';
import { recordBacking, toldInSubordinateClause } from './anaphora-backed-company';
import { entityUnitFrom, inSubjectRelative } from './anaphora-relative-subject';
import { enCliticOwner } from './anaphora-en-clitic';
import { SECOND_POST } from './frames/leads-post-holder';
import { recordFounder } from './anaphora-possessive-founder';
import { keptStakeTarget } from './anaphora-kept-stake';
import { retargetUnitsNamedLater } from './wire-unit-named-later';
import { fundedTarget } from './funded-target';
import { partyPlaysOtherRole } from './party-role-refusals';
import { withoutNonSellers } from './rival-party-kinds';
import { pointedRivalTopic } from './rival-pointer-topic';
import { pointedParagraphRival } from './rival-paragraph-carry';
import { recordSideParties } from './rival-side-parties';
import { rivalBidsOnly } from './rival-bid-guard';
import { rivalryDenied } from './rival-denied';
import { rivalryOnlyPast } from './rival-former';
import { withoutDealTimeInserts } from './deal-time-transparent';
import { withoutRoleAppositions } from './deal-role-apposition';
import { apposedSubjectHead } from './deal-apposed-subject-head';
import { leadsApposedSubjectHead } from './leads-apposed-subject-head';
import { leadsPossessedApposedName } from './leads-possessed-apposed-name';
import { unitForParent, unitOfTargetParent } from './deal-parent-unit';
import { namedPointerParty } from './rival-named-subject-lift';
import { clauseParties, toldStatus } from './told-status';
import { announcedRivalFact, announcedRivals, announcementIn } from './rival-announced-next';
import type { Announcement } from './rival-announced-next';
import { withoutDominanceTimeInserts } from './rival-dominated-time';
import { withoutMoneyTimeInserts } from './funded-time-inserts';
import { withArticlePasses } from './article-passes';
import { publicBodyChangesHands } from './public-body-party-guard';

export interface RelationInput {
  lang: Language;
  sentences: Sentence[];
  tokens: Token[][];
  index: EntityIndex;
  published: string | null;
  /** Per sentence, whether it opens a paragraph (see paragraph-starts.ts); absent: guessed from the gap. */
  paragraphStarts?: boolean[];
  /** The headline: it seeds which company the article is about (anaphora-title.ts), and gives no fact itself. */
  title?: string | null;
}

export interface RelationOutput {
  relations: ExtractedRelation[];
  events: ExtractedEvent[];
  /** Entities that fill a role in some relation or event. */
  used: Set<number>;
}

/** A fact resting on an anaphor ("the company") or on a name the text never typed is less sure. */
const ANAPHOR_CONFIDENCE_FACTOR = 0.85;
const TENTATIVE_CONFIDENCE_FACTOR = 0.85;
/** Without real paragraph starts, characters between two sentences taken as a break ("\n\n"; else one space). */
const PARAGRAPH_GAP_CHARS = 2;

/** Runs every rule of the article's language over every sentence and keeps the best reading of each fact. */
export function extractRelations(input: RelationInput): RelationOutput {
  const { index, sentences } = input;
  const names = index.entities.map((e) => entityName(e.surfaces));
  const best = new Map<string, ExtractedRelation>();
  // where each funding was first told: a surer telling later keeps its own evidence (funded-investor-not-company.ts)
  const firstTold = new Map<string, number>();
  const events = new Map<string, ExtractedEvent>();
  const used = new Set<number>();
  const state = newDiscourseState();
  // wire copy passed without its headline still opens on it, shouted (shouted-title-names.ts)
  const headline = input.title ?? shoutedOpeningHeadline(sentences);
  if (headline) seedFromTitle(headline, index, state);
  const rules = rulesFor(input.lang);
  const screen = ruleScreen(rules);
  const { readers, patterns } = screen;
  // rivals a sentence announces unnamed and the next one names (rival-announced-next.ts)
  let announced: Announcement | null = null;
  const heard: ReturnType<typeof announcedRivalFact>[] = [];
  sentences.forEach((sentence, s) => {
    const opensParagraph =
      input.paragraphStarts?.[s] ?? (s > 0 && sentence.start - sentences[s - 1].end >= PARAGRAPH_GAP_CHARS);
    if (opensParagraph) startParagraph(state);
    // the article's topic as it stood before this sentence, whose own names are the other parties
    // a history sentence right after a deal ("Fondé en 1994 par P, le cabinet …") is the target's
    // a stake kept through a takeover ("Bpifrance … conserve une participation") is in the target
    const topic =
      foundedDealTarget(input.tokens[s], index.bySentence[s], state, index) ??
      keptStakeTarget(input.tokens[s], index.bySentence[s], state) ??
      salientOrg(state);
    let fundedHere = null as number | null;
    const units = withoutMoneyTimeInserts(
      withoutDominanceTimeInserts(
        withoutPersonAsides(
          withoutRoleAppositions(
            withoutDealTimeInserts(
              buildUnits(input.tokens[s], index.bySentence[s], index, state),
              input.lang,
            ),
          ),
        ),
      ),
    );
    recordSideParties(units, s, state.sideParties);
    const announcedBefore = announced;
    if (announcedBefore !== null)
      for (const b of announcedRivals(units, announcedBefore, index, s))
        heard.push(announcedRivalFact(announcedBefore.anchor, b, names, sentence));
    announced = announcementIn(units, topic, state.lastOrg);
    if (!units.some((u) => u.kind === 'ent')) return;
    const anaphoric = (ents: number[]) =>
      units.some((u) => u.kind === 'ent' && u.anaphor && ents.some((e) => u.ents.includes(e)));
    const entUnits = units.filter((u) => u.kind === 'ent');
    const pairable = entUnits.length >= 2 || entUnits.some((u) => u.kind === 'ent' && u.ents.length >= 2);
    // what pattern rules read here: code readers only add what those readings leave open
    const patternFacts = new SentenceFacts();
    // a two-party rule cannot match a sentence naming one party
    let rivalryVoid: boolean | undefined;
    for (const r of screen.passingRules(units, pairable)) {
      const rule = rules[r];
      const reader = readers[r];
      const readings = reader !== null ? reader(units, input.lang) : matchScreened(patterns[r]!, units);
      if (readings.length === 0) continue;
      for (const matched of readings) {
        const lifted = namedPointerParty(
          rule,
          unitForParent(
            rule,
            apposedSubjectHead(
              rule,
              leadsApposedSubjectHead(
                rule,
                leadsPossessedApposedName(
                  rule,
                  apposedHeadForOwner(rule, liftOutOfRelative(rule, matched, units), units),
                  units,
                  sentence,
                ),
                units,
              ),
              units,
            ),
            units,
            sentence,
          ),
          units,
        );
        const caps = pointedRivalTopic(
          rule,
          pointedParagraphRival(
            rule,
            withoutNonSellers(
              rule,
              withoutOutletParties(rule, withoutBrandOwners(rule, lifted, units), units),
              units,
              index,
            ),
            units,
            state,
            sentence.start,
            sentence.text,
          ),
          units,
          state,
          s,
          sentence.start,
          sentence.text,
        );
        const roles = [rule.source, rule.target].filter((r): r is string => r !== undefined);
        for (const e of roles.flatMap((r) => lifted[r] ?? []))
          if (!roles.some((r) => caps[r]?.includes(e))) patternFacts.exclude(rule.type, e);
        if (!roleOk(rule, caps, units, sentence)) continue;
        if (!firstPartyOk(rule, caps, units) || !contextOk(rule, caps, units)) continue;
        if (!notObliqueOk(rule, caps, units) || !clauseOk(rule, caps, units)) continue;
        if (partyPlaysOtherRole(rule, caps, units, sentence)) continue;
        // sentence-level: every rivalry word qualifies a bid, is denied or is past
        if (
          rule.type === 'COMPETES_WITH' &&
          (rivalryVoid ??= rivalBidsOnly(units) || rivalryDenied(units) || rivalryOnlyPast(units))
        )
          continue;
        const parties = roles.flatMap((r) => caps[r] ?? []).flatMap((e) => index.entities[e].surfaces);
        const told = memoDealValues(
          rule,
          sentences,
          s,
          input.lang,
          input.published,
          matchSpan(units, caps),
          parties,
          clauseParties(rule, caps, units),
        );
        if (told === null) continue;
        const denied = deniedMatch(rule, caps, units);
        if (denied && told.status === null) continue;
        const values = toldStatus(told, denied, rule, sentence, units, caps, input.published, input.lang);
        const type = isMinorityPurchase(rule, values) ? 'FUNDED' : rule.type;
        const ruleId = type === rule.type ? rule.id : `${input.lang}.funded.minority-purchase`;
        const sources = rule.source ? caps[rule.source] : [];
        const start = caps[MATCH_START][0];
        const funded =
          rule.cliticTarget && rule.source
            ? enCliticOwner(units, caps, rule.source, state, s, topic, index)
            : fundedTarget({ type, rule, caps, units, sources, state, fundedHere, topic });
        const topical: number[] = funded === null ? [] : [funded];
        let targets: number[] = rule.topicTarget ? topical : rule.target ? caps[rule.target] : [];
        const named = rule.seller ? caps[rule.seller][0] : null;
        // "bought Y's Z subsidiary": Z changes hands and Y sells it
        const owned =
          rule.type === 'ACQUIRED' && targets.length === 1
            ? (possessedUnit(units, targets[0]) ?? unitOfTargetParent(rule, caps, units, sentence))
            : null;
        if (owned && !sources.includes(owned.target)) targets = [owned.target];
        // "bought the Preston factory of Y", "l'usine de Belfort de Y": the place is no party, the owner sells
        const placed =
          rule.type === 'ACQUIRED' && targets.length === 1 ? placedAsset(units, targets[0]) : null;
        // "X a cédé son usine de Quimperlé à B": the possessive's owner is the seller, else the clause's subject
        const placedOwner = placed?.possessed
          ? (named ?? subjectOrgBefore(units, start))
          : (placed?.owner ?? null);
        if (placed) targets = placedOwner === null || sources.includes(placedOwner) ? [] : [placedOwner];
        // "sell the Kresge stores to McCrory": a banner sold is its seller's business (deal-seller-banner.ts)
        const banner =
          rule.type === 'ACQUIRED' && targets.length >= 1 && !owned && !placed
            ? bannerSeller(units, targets)
            : null;
        if (banner !== null) targets = sources.includes(banner) ? [] : [banner];
        // a business of the target bought or sold unnamed: the target sells it (seller.ts)
        const carvedOut =
          rule.type === 'ACQUIRED' && targets.length === 1 && businessOfTarget(units, targets[0]);
        // "acquire concrete businesses from Y": the target after "from" sells its unnamed business (seller.ts)
        const boughtFrom =
          rule.type === 'ACQUIRED' && targets.length === 1 && targetBoughtFrom(units, targets[0]);
        const seller =
          named ??
          (owned && targets[0] === owned.target ? owned.owner : null) ??
          (placed && targets[0] === placedOwner ? placedOwner : null) ??
          (rule.type === 'ACQUIRED' && targets.length === 1 ? sellerAfter(units, targets[0]) : null) ??
          (carvedOut ? targets[0] : null) ??
          (boughtFrom ? targets[0] : null);
        const evidence = { sentence: sentence.text, start: sentence.start, end: sentence.end };
        if (!rule.source || !rule.target) {
          for (const t of targets) {
            const key = `${rule.type}:${t}`;
            if (events.has(key)) continue;
            used.add(t);
            events.set(key, {
              type: rule.type as 'FUNDED' | 'ACQUIRED',
              source: null,
              target: names[t],
              status: values.status ?? 'announced',
              date: values.date,
              amount: values.amount,
              currency: values.currency,
              amountText: values.amountText,
              evidence,
              rule: rule.id,
              confidence: rule.confidence,
            });
          }
          continue;
        }
        for (const a of sources) {
          for (const b of targets) {
            if (a === b) continue;
            if (rule.source === rule.target && a > b) continue;
            // a government body, regulator or court changes no hands (public-body-party-guard.ts)
            if (publicBodyChangesHands(type, a, b, index)) continue;
            const marks = {
              targetSells: caps[SELLS_OWN_BUSINESS] !== undefined,
              earlierOwner: caps[EARLIER_OWNER] !== undefined,
              secondPost: caps[SECOND_POST] !== undefined,
            };
            if (
              rule.read ? patternFacts.rulesOut(type, a, b, marks) : (patternFacts.record(type, a, b), false)
            )
              continue;
            const symmetric = SYMMETRIC_RELATIONS.has(type);
            const [src, tgt] = symmetric && names[a] > names[b] ? [b, a] : [a, b];
            const key = `${type}:${src}:${tgt}`;
            let confidence = rule.confidence * values.factor;
            if (anaphoric([a, b]) || rule.topicTarget) confidence *= ANAPHOR_CONFIDENCE_FACTOR;
            if (index.entities[a].tentative || index.entities[b].tentative)
              confidence *= TENTATIVE_CONFIDENCE_FACTOR;
            const prev = best.get(key);
            const fact: ExtractedRelation = {
              type: type,
              source: names[src],
              target: names[tgt],
              status: values.status,
              date: values.date,
              amount: values.amount,
              currency: values.currency,
              amountText: values.amountText,
              seller:
                seller !== null &&
                seller !== a &&
                (seller !== b ||
                  carvedOut ||
                  boughtFrom ||
                  (placed && placedOwner === b) ||
                  (rule.read !== undefined && named === b))
                  ? names[seller]
                  : null,
              ...(values.stake !== undefined ? { stake: values.stake } : {}),
              ...(type === 'FUNDED' ? { lead: rule.lead === true } : {}),
              evidence,
              rule: ruleId,
              confidence: Math.round(confidence * 1000) / 1000,
            };
            if (type === 'FUNDED' && !firstTold.has(pairKey(fact)))
              firstTold.set(pairKey(fact), evidence.start);
            if (fact.seller !== null) used.add(seller!);
            // the round told here is this sentence's even when an earlier telling of it was surer
            if (type === 'FUNDED' && !rule.topicTarget) fundedHere = b;
            // before the acquisition is recorded: a second buyer of the last deal's target is its former owner
            recordBacking(state, index, fact, a, b, s, toldInSubordinateClause(units, start, b));
            recordAcquisition(
              state,
              fact,
              a,
              b,
              s,
              fact.seller !== null ? seller : null,
              inSubjectRelative(units, entityUnitFrom(units, start, b)),
            );
            recordFounding(state, index, fact, a, b, s, units);
            recordFounder(state, index, fact, a, b);
            if (prev && prev.confidence >= confidence) {
              fillMissingDetails(prev, fact);
              continue;
            }
            used.add(a);
            used.add(b);
            best.set(key, prev ? fillMissingDetails(fact, prev) : fact);
          }
        }
      }
    }
  });
  for (const { key, fact, ents } of heard) {
    if (best.has(key)) continue;
    best.set(key, fact);
    for (const e of ents) used.add(e);
  }
  // a pair stated as a deal with a named counterparty needs no event for the same company
  const retargeted = retargetUnitsNamedLater(
    withoutOwnersBacking(
      [...best.values()],
      [...events.values()],
      surfacesByName(index.entities, names),
      firstTold,
    ),
    sentences,
    input.tokens,
    index,
    names,
  );
  // a successor takes the post of the predecessor's company (frames/leads-successor.ts)
  const succeeded = withSuccessorLeads(retargeted, sentences, input.tokens, index, names);
  // "P would become chief executive, succeeding Q, who is retiring": Q heads P's company (frames/leads-predecessor.ts)
  const preceded = withPredecessorLeads(succeeded.relations, sentences, input.tokens, index, names);
  succeeded.relations = preceded.relations;
  succeeded.added.push(...preceded.added);
  // "Commerce Secretary P" with the Commerce Department named elsewhere (frames/leads-named-department.ts)
  succeeded.relations = withNamedDepartmentLeads(succeeded.relations, input, names);
  const opensParagraph = (s: number): boolean =>
    input.paragraphStarts?.[s] ?? sentences[s].start - sentences[s - 1].end >= PARAGRAPH_GAP_CHARS;
  // passes over the whole fact list: rankings, one-sided and takeover mergers, places (article-passes.ts)
  const relations = withArticlePasses(succeeded.relations, input, names, used, opensParagraph);
  for (const e of succeeded.added) used.add(e);
  const withParty = new Set(relations.map((r) => `${r.type}:${r.target}`));
  const evs = [...events.values()].filter((e) => !withParty.has(`${e.type}:${e.target}`));
  return { relations, events: evs, used };
}

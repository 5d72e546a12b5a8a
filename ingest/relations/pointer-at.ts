import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import { LATTER_WORDS } from './anaphor-words';
import { cliticObject, lastOrgIn, salientOrg } from './discourse';
import type { DiscourseState } from './discourse';
import { cliticVerbLength, descriptorPhraseLength, latterPhrase, pairPhraseLength } from './pointing-phrases';
import { firstPersonOrg } from './speaker';
import { describedPointer } from './described-heads';
import { compoundDescriptorPointer } from './anaphora-compound-descriptor';
import { entUnit, pushPointer } from './entity-unit';
import { namedInClauseAfter } from './anaphora-clause-names';
import { groupNotFund } from './anaphora-group-size';
import { originPointerAt, recordOrigins } from './anaphora-origin';
import { dealRolePointerAt } from './anaphora-deal-roles';
import { familyOrgIn, familyPointerLength, familyWordOrgIn } from './anaphora-family';
import { isBareTitleAt } from './anaphora-bare-title';
import { colonClauseSubject } from './anaphora-colon-clause';
import { combinedPhraseLength, dealResultOrg } from './anaphora-combined';
import { dealMadeRankAt } from './anaphora-deal-made-rank';
import { fundPointerLength, recentFund } from './anaphora-fund';
import { paragraphOpeningTopic } from './anaphora-topic';
import { foundedTargetPointerAt } from './anaphora-founded-target';
import { describedTargetAt } from './anaphora-described-target';
import { justFoundedPointerAt } from './anaphora-just-founded';
import { possessiveFounderAt } from './anaphora-possessive-founder';
import { latterPersonAt } from './anaphora-latter-person';
import { pairFirstPersonAt } from './anaphora-pair-first-person';
import { opensOnFrontedPhrase } from './anaphora-fronted-agent';
import { personCliticAt } from './anaphora-person-clitic';
import { impliedPair } from './anaphora-plural-implicit';
import { apposedDescriptionOrg } from './anaphora-apposed-description';
import { founderNamedPointerAt } from './anaphora-founder-name';
import { obliqueObjectPointerAt } from './anaphora-oblique-object';
import { portfolioOwnerAt } from './frames/funded-portfolio-owner';
import { pointerMayStartAt } from './pointer-screen';
import { financedDealBuyer } from './anaphora-deal-financing';
import { asideNamedOrg } from './anaphora-aside-name';
import { quoteTitleCompany } from './anaphora-quote-title';
import { groupOwners } from './anaphora-unit-owner';
import { lastAgreeing, pointerGender, recordGenders } from './anaphora-latter-gender';
import { latterCandidates, withoutPublicBodies } from './anaphora-latter-candidates';
import { isNamedUnitMeans } from './instrument-unit';
import { keptUnitPointerAt } from './anaphora-kept-unit';

/**
 * Pointers read since round four: the quoted speaker's "nous"/"we"/"us"/"nos concurrents", a French object
 * clitic before a deal verb ("le groupe l'avait rachetée"), "ce dernier"/"the latter", and a trade descriptor
 * with no name ("le grossiste niortais"). Pushes the units and returns the tokens used, or 0.
 */
export function pointerAt(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  state: DiscourseState,
  units: Unit[],
  i: number,
  speaker: number | null,
): number {
  if (state.recordedTokens !== tokens) {
    state.recordedTokens = tokens;
    state.originDescriptors = recordOrigins(tokens, mentions, index, state.origins);
    recordGenders(tokens, mentions, index, state.genders);
    state.familyOrg = familyOrgIn(mentions, index) ?? familyWordOrgIn(tokens, mentions, index);
  }
  // every reader below starts at one of a few words (pointer-screen.ts): most tokens are none of them
  if (!pointerMayStartAt(tokens, i)) return 0;
  const t = tokens[i];
  // "qui avait pris le contrôle du groupe": whatever reading took the group noun, it stands for no investment firm
  const point = (ent: number, to: number) =>
    pushPointer(
      units,
      index,
      // nor for a unit after the sentence that told it as its owner's ("sa filiale, X …¶Le groupe")
      groupOwners(
        [groupNotFund(tokens[to].lower, ent, state, () => namedInClauseAfter(tokens, mentions, i))],
        tokens,
        i,
        to,
        state,
      ),
      tokens,
      i,
      to,
    );
  // "Its founder, now 84, still chairs …": the one person read founding the company (anaphora-possessive-founder.ts),
  // before the bare title and the possessive readings take the words for the company
  const founder = possessiveFounderAt(tokens, mentions, index, i, state);
  if (founder !== null) {
    point(founder.ent, i + founder.length - 1);
    return founder.length;
  }
  if (isBareTitleAt(tokens, mentions, index, i)) {
    // no tokens used: the company is inserted before the title, which the caller then reads as usual
    // after a quote the names inside it are what was said, not who said it
    const quoted = tokens.slice(0, i).some((x) => /^["“”«»]$/.test(x.text));
    const company =
      (quoted ? null : lastOrgIn(units, true)) ??
      state.familyOrg ??
      (quoted ? quoteTitleCompany(state) : null) ??
      salientOrg(state);
    if (company !== null) units.push(entUnit(index, [company], t.start, t.start, true));
  }
  const portfolioOwner = portfolioOwnerAt(tokens, i, state, units);
  if (portfolioOwner !== null) {
    point(portfolioOwner, i);
    return 1;
  }
  const colonSubject = colonClauseSubject(tokens, units, i);
  if (colonSubject !== null) {
    point(colonSubject, i);
    return 1;
  }
  // "X took a stake in it": the receiver of the money is never the clause's own subject
  const oblique = obliqueObjectPointerAt(tokens, mentions, index, state, units, i);
  if (oblique !== null) {
    point(oblique.ent, i + oblique.length - 1);
    return oblique.length;
  }
  // the founder's surname in a company's name beats the family and deal readings below
  const founderNamed = founderNamedPointerAt(tokens, mentions, index, i);
  if (founderNamed !== null) {
    point(founderNamed.ent, i + founderNamed.length - 1);
    return founderNamed.length;
  }
  const family = state.familyOrg === null ? 0 : familyPointerLength(tokens, mentions, i);
  if (family > 0) {
    point(state.familyOrg!, i + family - 1);
    return family;
  }
  const firstPerson = speaker === null ? null : firstPersonOrg(tokens, i, units, speaker, state.bornOrg);
  if (firstPerson !== null) {
    point(firstPerson, i);
    return 1;
  }
  const personObject = personCliticAt(tokens, mentions, index, units, state, i);
  if (personObject !== null) {
    // "P, qui l'a cofondé" reads "P, qui a cofondé X", as the deal clitics below put the verb first
    for (const v of personObject.verbs) units.push({ kind: 'tok', token: v });
    point(personObject.org, i);
    return personObject.verbs.length + 1;
  }
  const verbGroup = cliticVerbLength(tokens, i);
  // cliticObject may re-point the subject before it: only asked once a clitic and its verb are there
  const object = verbGroup === 0 ? null : t.lower === 'nous' ? speaker : cliticObject(units, state);
  if (object !== null && lastOrgIn(units) !== null) {
    // the verb group first, then the party the clitic stands for: "X l'avait rachetée" reads "X avait rachetée Y"
    for (let k = i + 1; k <= i + verbGroup; k++) units.push({ kind: 'tok', token: tokens[k] });
    point(object, i);
    return verbGroup + 1;
  }
  // "Celui-ci, fondé en 2011 par P, …": an aside may follow the pronoun opening a sentence
  const opensAside = i === 0 && tokens[i + 1]?.text === ',';
  if (LATTER_WORDS.has(t.lower) && (tokens[i + 1]?.kind === 'word' || opensAside)) {
    const here = units.flatMap((u) => (u.kind === 'ent' ? u.ents : []));
    // "celle-ci" takes the last company whose noun agrees with it (anaphora-latter-gender.ts)
    const last = lastAgreeing(
      latterCandidates(here, state.previousNamed, state, index),
      pointerGender(tokens, i),
      state.genders,
      index,
    );
    if (last === undefined) return 0;
    point(last, i);
    return 1;
  }
  // a fund the article introduced as such ("le fonds X") before any other investment firm's name
  // (the fund's phrase is read first: most tokens are none, and the fund is then not looked for)
  const fundLength = fundPointerLength(tokens, mentions, i);
  const fundOrg =
    fundLength === 0
      ? null
      : (state.fundRaiser ??
        recentFund(state) ??
        state.described.get('fonds') ??
        state.described.get('fund') ??
        state.lastFund);
  const fund = fundOrg === null ? 0 : fundLength;
  if (fund > 0) {
    // "associé gérant du fonds" is kept one unit: a fund's partner is read as no head of it
    units.push(entUnit(index, [fundOrg!], t.start, tokens[i + fund - 1].end, true));
    return fund;
  }
  // "L'opération fait du groupe le numéro trois": the rank is the deal's company's, not the last name's
  const madeRank = dealMadeRankAt(tokens, mentions, index, state, i);
  if (madeRank !== null) {
    point(madeRank.ent, i + madeRank.length - 1);
    return madeRank.length;
  }
  const combined = combinedPhraseLength(tokens, mentions, i);
  // "le nouvel ensemble, qui prendra le nom de X,": the aside names the result before the article has recorded it
  const result =
    combined > 0
      ? (asideNamedOrg(tokens, mentions, index, i + combined) ??
        dealResultOrg(state, (e) => index.entities[e].surfaces[0] ?? ''))
      : null;
  if (result !== null) {
    point(result, i + combined - 1);
    return combined;
  }
  // "the two banks", "les deux mutuelles" with no pair coordinated before: the last sentence's two companies
  const implied = state.lastPair === null ? impliedPair(tokens, units, i, state) : null;
  const pair = implied !== null ? pairPhraseLength(tokens, i) : 0;
  if (pair > 0) {
    units.push(entUnit(index, implied!, t.start, tokens[i + pair - 1].end, true));
    return pair;
  }
  // "Par l'intermédiaire de sa filiale Z, l'éditeur …": a fronted unit of means is no subject (instrument-unit.ts)
  const subjectPlace =
    i === 0 ||
    (tokens[i - 1].text === ',' &&
      !units.some((u, k) => u.kind === 'ent' && u.orgs && !isNamedUnitMeans(units, k)));
  // "Créée par P, deux anciens de Y, la plateforme": the employers a fronted founding phrase names are no subject
  const afterFounding =
    !subjectPlace &&
    tokens[i - 1].text === ',' &&
    opensOnFrontedPhrase(tokens) &&
    !units.some((u) => u.kind === 'ent' && u.anaphor);
  const role = dealRolePointerAt(tokens, mentions, state.dealRoles, i, subjectPlace);
  if (role !== null) {
    point(role.ent, i + role.length - 1);
    return role.length;
  }
  // "X, the Manchester-based outsourcer, …" is an apposition the rules read as such, no pointer
  const apposed =
    tokens[i - 1]?.text === ',' &&
    units.at(-2)?.kind === 'ent' &&
    units.slice(0, -2).every((u) => u.kind === 'tok' && u.token.text === u.token.text.toUpperCase());
  const origin = apposed
    ? null
    : originPointerAt(tokens, mentions, state.origins, state.originDescriptors, i);
  if (origin !== null) {
    // "Y, the Italian operator run by P": an apposition with its own clause restates Y, whatever it was called
    point(apposedDescriptionOrg(tokens, units, i, i + origin.length) ?? origin.ent, i + origin.length - 1);
    return origin.length;
  }
  // "P left in 2022 to found Y. The start-up is now run by Q": the company just founded (anaphora-just-founded.ts)
  const justFounded = justFoundedPointerAt(tokens, index, i, state);
  if (justFounded !== null) {
    point(justFounded.ent, i + justFounded.length - 1);
    return justFounded.length;
  }
  const founded = foundedTargetPointerAt(tokens, mentions, i, subjectPlace, state, index);
  if (founded !== null) {
    point(founded.ent, i + founded.length - 1);
    return founded.length;
  }
  // "P restera à la tête de la filiale" after a takeover: the company bought (anaphora-kept-unit.ts)
  const keptUnit = keptUnitPointerAt(tokens, mentions, units, i, state);
  if (keptUnit !== null) {
    point(keptUnit.ent, i + keptUnit.length - 1);
    return keptUnit.length;
  }
  // "X agreed to buy Y. The Tulsa company …": the company just bought (anaphora-described-target.ts)
  const bought = describedTargetAt(tokens, mentions, i, subjectPlace, state);
  if (bought !== null) {
    point(bought.ent, i + bought.length - 1);
    return bought.length;
  }
  // "… par deux anciens consultants, P et Q. Le premier en est toujours le président" (anaphora-pair-first-person.ts)
  const firstOfPair = pairFirstPersonAt(tokens, i, state, index, !units.some((u) => u.kind === 'ent'));
  if (firstOfPair !== null) {
    point(firstOfPair, i + 1);
    return 2;
  }
  const latter = latterPhrase(tokens, i);
  if (latter !== null) {
    const here = units.flatMap((u) => (u.kind === 'ent' ? u.ents : []));
    const pool = latterCandidates(here, state.previousNamed, state, index);
    const heads = withoutPublicBodies(state.previousHeads, index);
    const lastHead = here.length === 0 && heads.length > 0 ? heads[heads.length - 1] : undefined;
    // "cette dernière" skips a last name whose noun contradicts it ("le fonds X" for "cette dernière")
    const gender = latter === 'last' ? pointerGender(tokens, i) : null;
    const agreeingHead =
      lastHead === undefined ? undefined : lastAgreeing(heads, gender, state.genders, index);
    const ent =
      latter === 'last' ? (agreeingHead ?? lastAgreeing(pool, gender, state.genders, index)) : pool[0];
    // "…, son fondateur P. Ce dernier avait créé l'entreprise": the person, before a career verb (anaphora-latter-person.ts)
    if (ent !== undefined && latterPersonAt(tokens, i, ent, index, here.length === 0)) {
      point(ent, i + 1);
      return 2;
    }
    // "le PDG …, ce dernier" is the person: only a company named there is taken
    if (ent === undefined || index.entities[ent].type !== 'Organization') return 0;
    point(ent, i + 1);
    return 2;
  }
  // the last sentence's company subject, even when it also named a person ("Fondée par P, la société … Le
  // transporteur est …"), before the article's most salient company
  // a company's birth is told of the article's company, not of the fund the last sentence made its subject
  // asked only by a descriptor that stands for the topic: most tokens are none
  // a company the clause names after the descriptor is another party ("L'opérateur … a été racheté par X" is not X)
  const described = () => {
    const later = namedInClauseAfter(tokens, mentions, i);
    const unnamed = (e: number | null) => (e !== null && !later.has(e) ? e : null);
    return afterFounding
      ? (paragraphOpeningTopic(state, later) ?? salientOrg(state, later))
      : (unnamed(state.lastSubjectOrg) ??
          unnamed(state.companyVerbPronounOrg) ??
          (subjectPlace ? paragraphOpeningTopic(state, later) : null) ??
          salientOrg(state, later));
  };
  const compound = compoundDescriptorPointer(tokens, mentions, i, state.described);
  if (compound !== null) {
    point(
      apposedDescriptionOrg(tokens, units, i, i + compound.length) ?? compound.ent,
      i + compound.length - 1,
    );
    return compound.length;
  }
  const trade = describedPointer(tokens, mentions, i, subjectPlace || afterFounding, described, units, state);
  if (trade !== null) {
    const ent = apposedDescriptionOrg(tokens, units, i, i + trade.length) ?? trade.ent;
    // "Pour financer l'opération, le transporteur a obtenu un prêt": the target does not pay for its own purchase
    const payer = ent === state.firstDeal.target ? financedDealBuyer(tokens, state) : null;
    point(payer ?? ent, i + trade.length - 1);
    return trade.length;
  }
  const descriptor = descriptorPhraseLength(tokens, mentions, i);
  const topic =
    descriptor > 0 && subjectPlace
      ? (apposedDescriptionOrg(tokens, units, i, i + descriptor) ?? described())
      : null;
  if (topic !== null) {
    point(topic, i + descriptor - 1);
    return descriptor;
  }
  return 0;
}

import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Unit } from './pattern';
import type { DiscourseState } from './discourse';
import { ENGLISH_DETERMINERS } from './anaphor-words';
import { opensOnFrontedPhrase } from './anaphora-fronted-agent';
import { firstOrgIn, salientOrg } from './discourse';
import { opensMainClause } from './pointing-phrases';
import { openingPointerOrg } from './paragraph-topic';
import { namedInClauseAfter } from './anaphora-clause-names';
import { entUnit, pushPointer } from './entity-unit';
import { unitsOutsideQuotes } from './anaphora-quote-names';
import { frontedPurchaseBuyer } from './deal-fronted-purchase';
import { paragraphObjectPointerOrg } from './anaphora-paragraph-object';
import { groupOwners } from './anaphora-unit-owner';
import { isNamedUnitMeans } from './instrument-unit';
import { alsoSubjectOrg } from './anaphora-also-subject';
import { frontedCompanionOrgs } from './anaphora-fronted-companion';
import { apposedPersonOwner } from './anaphora-apposed-person-owner';

/**
 * What the pointer readers of units-*.ts know about the token at `i` of the sentence being turned into units.
 * The sentence-wide reads (a fronted phrase, who is speaking) are made once per sentence, and the per-token ones
 * only when a reader asks: most tokens are plain words no reader takes, and units and state do not change before
 * the token is placed, so a late read gives what an early one would.
 */
export class UnitContext {
  readonly units: Unit[] = [];
  /** "Ses cofondateurs …", "Son PDG …": a possessive points at a company but the sentence is not about it. */
  readonly possessives = new Set<Unit>();
  i = 0;
  t!: Token;
  next: Token | undefined;
  third: Token | undefined;
  english = false;
  private fronted: boolean | null = null;
  private read = 0;
  private afterFoundingValue = false;
  private openingValue = false;
  private antecedentValue: number | null = null;
  private opensMainValue = false;

  constructor(
    readonly tokens: Token[],
    readonly mentions: Mention[],
    readonly index: EntityIndex,
    readonly state: DiscourseState,
    readonly speaker: number | null,
  ) {}

  /** Moves to token `i` and forgets what was read at the token before. */
  at(i: number): void {
    const tokens = this.tokens;
    this.i = i;
    this.t = tokens[i];
    this.next = tokens[i + 1];
    this.third = tokens[i + 2];
    this.english = ENGLISH_DETERMINERS.has(this.t.lower);
    this.read = 0;
  }

  /**
   * After a fronted founding phrase ("Créée en 2018 par P, deux anciens de Y, la plateforme") the people and
   * employers it named are no antecedent: the pointer opens the clause as if nothing came before.
   */
  afterFounding(): boolean {
    if ((this.read & READ_FOUNDING) === 0) {
      this.read |= READ_FOUNDING;
      this.afterFoundingValue =
        this.tokens[this.i - 1]?.text === ',' &&
        this.frontedPhrase() &&
        this.units.every((u) => u.kind === 'tok' || !u.anaphor);
    }
    return this.afterFoundingValue;
  }

  /** "Spécialisée dans …, la société": after a fronted phrase naming nobody the pointer still opens the clause. */
  opening(): boolean {
    if ((this.read & READ_OPENING) === 0) {
      this.read |= READ_OPENING;
      const units = this.units;
      this.openingValue =
        units.length === 0 ||
        this.afterFounding() ||
        // "Avec Cadrelia, le groupe …": a fronted phrase of company names no subject (anaphora-fronted-companion.ts)
        frontedCompanionOrgs(units) !== null ||
        // "Par l'intermédiaire de sa filiale Z, l'éditeur …": a fronted unit of means names no subject
        (this.tokens[this.i - 1].text === ',' &&
          units.every((u, k) => u.kind === 'tok' || isNamedUnitMeans(units, k)));
    }
    return this.openingValue;
  }

  orgBefore(): number | null {
    if (this.afterFounding()) return null;
    // a quote's company stays the antecedent when the article gave no other one ('« Vertigo … », a déclaré son PDG')
    const outside = firstOrgIn(unitsOutsideQuotes(this.tokens, this.i, this.units));
    return outside ?? (salientOrg(this.state) === null ? firstOrgIn(this.units) : null);
  }

  /** The company a pointer at this token stands for when nothing nearer names one. */
  antecedent(): number | null {
    if ((this.read & READ_ANTECEDENT) === 0) {
      this.read |= READ_ANTECEDENT;
      const { tokens, mentions, state, i } = this;
      // "Avec Cadrelia, le groupe": the company the fronted phrase named is not the one pointed at
      const notPointed = (): ReadonlySet<number> => {
        const named = namedInClauseAfter(tokens, mentions, i);
        for (const e of frontedCompanionOrgs(this.units) ?? []) named.add(e);
        return named;
      };
      this.antecedentValue =
        this.orgBefore() ??
        // "Whitcomb, the company's chief executive": the company the last sentence named the person with
        apposedPersonOwner(this.units, state, this.index) ??
        frontedPurchaseBuyer(tokens, i, state) ??
        // "… dans Medilor. Le groupe a également racheté Y": the last sentence's company goes on
        alsoSubjectOrg(tokens, i, state) ??
        (this.opening()
          ? openingPointerOrg(this.t, state, notPointed())
          : paragraphObjectPointerOrg(this.t, this.units, state)) ??
        salientOrg(state, notPointed());
    }
    return this.antecedentValue;
  }

  /** The token opens the sentence's main clause (pointing-phrases.ts). */
  opensMain(): boolean {
    if ((this.read & READ_OPENS_MAIN) === 0) {
      this.read |= READ_OPENS_MAIN;
      this.opensMainValue = opensMainClause(this.tokens, this.units, this.i);
    }
    return this.opensMainValue;
  }

  /** Places a pointer unit for `ents` over tokens `i`..`to`. */
  point(ents: number[], to: number): void {
    // "X's arm, Y, bought … The group, which is chaired by P": the whole, not the unit (anaphora-unit-owner.ts)
    const whole =
      this.state.unitOwners.size > 0 ? groupOwners(ents, this.tokens, this.i, to, this.state) : ents;
    pushPointer(this.units, this.index, whole, this.tokens, this.i, to);
  }

  /** Places a possessive pointer over tokens `i`..`to`; the sentence is not about its company. */
  pointPossessive(ent: number | number[], to: number): void {
    const unit = entUnit(
      this.index,
      typeof ent === 'number' ? [ent] : ent,
      this.t.start,
      this.tokens[to].end,
      true,
    );
    this.possessives.add(unit);
    this.units.push(unit);
  }

  private frontedPhrase(): boolean {
    if (this.fronted === null) this.fronted = opensOnFrontedPhrase(this.tokens);
    return this.fronted;
  }
}

const READ_FOUNDING = 1;
const READ_OPENING = 2;
const READ_ANTECEDENT = 4;
const READ_OPENS_MAIN = 8;

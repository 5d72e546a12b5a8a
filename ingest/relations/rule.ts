import type { Language, RelationType } from '../types';
import { compile } from './pattern';
import type { Captures, Pattern, Unit } from './pattern';

/**
 * Reads a sentence in code, for readings the rule language cannot say (roles found from the clause's shape
 * rather than from fixed words). Returns matches as `matchAll` does: entity ids per role, `#role` the unit
 * index that filled the role and `#` (MATCH_START) the unit the reading starts at.
 */
export type SentenceReader = (units: Unit[], lang: Language) => Captures[];

/**
 * One extraction rule: a pattern (see pattern.ts) and which captures fill which role. A deal rule that names
 * only one side yields an event instead of a relation.
 */
export interface Rule {
  id: string;
  type: RelationType;
  /** Null for a rule that reads in code (`read`). */
  pattern: Pattern | null;
  read?: SentenceReader;
  /**
   * For a reader (`read`): lower-case words one of which every sentence it can read holds (a token's word, or the
   * word of a lone capitalised unit), so rule-screen.ts skips it on other sentences. Absent or empty: it reads
   * every sentence. Declare only words whose absence makes the reader return nothing.
   */
  neededWords?: readonly string[];
  /**
   * For a reader: a regex over one lower-case word (as `neededWords`; flag 'u' alone, as screens are shared by source) that some word of every
   * sentence it can read matches, for readers whose cue words are stems ("rivalis…"). Tested after `neededWords`.
   */
  neededWordPattern?: RegExp;
  source?: string;
  target?: string;
  seller?: string;
  confidence: number;
  lead?: boolean;
  /** The words between the two parties must name a leader's title (LEADS rules). */
  checkRole?: boolean;
  /** The title is read after the later party ("appointed P as managing director"). */
  roleAfter?: boolean;
  /** The title is read in the words just before the person ("founded by chief executive P"). */
  roleBefore?: boolean;
  /** The first party must be the first organisation of the sentence (nothing else it could be compared to). */
  firstParty?: boolean;
  /** The first party is named in the sentence, not pointed at ("le groupe"): for readings that stack on a guess. */
  namedSource?: boolean;
  /**
   * The target is named in the sentence, not pointed at: "the combined company will be led by P" heads a company
   * that does not exist yet, while "X will be run by P" is a future head of a company the text names.
   */
  namedTarget?: boolean;
  /**
   * A capture outside the roles that, when the match holds it, must be a pointer ("the company", "la société"),
   * not a name: the rule then leaves the company to the discourse, which a rule naming it reads instead.
   */
  pointedOnly?: string;
  /** This role is no object of a preposition ("Brightline, cotée au Nasdaq, a été créée par P" founds no Nasdaq). */
  notOblique?: string;
  /** A regex over one lower-case word: the match is dropped when such a word is among the few just before it. */
  notAfter?: RegExp;
  /** The match is dropped when a name stands right before it: a participle after a name qualifies that name. */
  notAfterName?: boolean;
  /** Only when the sentence gives a majority stake (ACQUIRED) or no majority (FUNDED). */
  stake?: 'majority' | 'minority';
  /** The target is not named in the match: it is the organisation the article is about ("the round was led by X"). */
  topicTarget?: boolean;
  /**
   * With `topicTarget`: the target is what the French clitic "en" before the post stands for ("P en est le
   * président"), read by anaphora-en-clitic.ts before falling back on the article's company.
   */
  cliticTarget?: boolean;
  /**
   * With `topicTarget`: the company is the article's own (the headline's, anaphora-topic.ts) when there is one, not
   * the last one named: a lender of the round told after a paragraph about its investors.
   */
  roundCompany?: boolean;
  /**
   * With `roundCompany`: only the article's own company; with none known the reading gives nothing rather than the
   * company named most (a speaker whose reported clause names the story's other companies).
   */
  ownCompanyOnly?: boolean;
  /**
   * With `topicTarget`: the rule reads the takers of the rest of some money; a subject that took the first share
   * itself ("A took £8m, with the remainder going to B") is a fellow investor, never the company funded.
   */
  subjectTookShare?: boolean;
  /** A purchase that may be of a few shares only: below 50 % it is read as FUNDED. */
  mayBeMinority?: boolean;
  /** Deal events without a counterparty need money in the sentence. */
  needsMoney?: boolean;
}

export interface RuleSpec extends Omit<Rule, 'pattern' | 'read'> {
  pattern: string;
}

export interface ReaderRuleSpec extends Omit<Rule, 'pattern' | 'read'> {
  read: SentenceReader;
}

export function rules(specs: RuleSpec[]): Rule[] {
  return specs.map((s) => ({
    ...s,
    // rivals are named by origin or trade before the first name too; investors' lists are left as they were,
    // where such words name a platform or vehicle rather than the party ("sur la plateforme participative X");
    // but a backer's aside between two members ("A, the venture arm of G, and B") no longer ends the list
    pattern: compile(
      s.pattern,
      s.type === 'LEADS' || s.type === 'FOUNDED',
      s.type === 'COMPETES_WITH',
      s.type === 'COMPETES_WITH' || s.type === 'FUNDED',
    ),
  }));
}

/** Rules that read in code; they run after every pattern rule of the language (see all-rules.ts). */
export function readerRules(specs: ReaderRuleSpec[]): Rule[] {
  return specs.map((s) => ({ ...s, pattern: null }));
}

/** Word classes shared by several rules (regular expressions over one lower-case word). */
export const OF_FR = "(de|du|d'|des)";
export const AUX_EN = '(was|were|is|are|be|been|being|has|have|had)';

/** Markets and assets: money put "in the oil industry" or "in bonds" went into no company. */
const MARKET_OR_ASSET_WORDS =
  'securities|bonds|bond|notes|treasuries|bills|debentures|paper|stocks|equities|assets|property|properties|real|research|plants|plant|operations|facilities|projects|industry|industries|market|markets|sector|sectors|titres|obligations|marché|marchés|secteur|filière|industrie';
/** Refuses a market or an asset noun among the next three words, before a name: "in the oil industry outside Y". */
export const NOT_MARKET_AHEAD = `!>{3}(${MARKET_OR_ASSET_WORDS})`;

/**
 * Nouns that, right after a name or a few lower-case words later, show the name only qualifies them: a market, an
 * asset or a kind of company, not one company ("investing in U.S. Treasury securities", "compete with U.S. luxury
 * car producers", "a stake in the U.S. Computer firm Y"). Used as a refusing look-ahead: `!>{3}${QUALIFIED_NOUN}`.
 */
export const QUALIFIED_NOUN = `(${MARKET_OR_ASSET_WORDS}|firm|firms|companies|concerns|makers|maker|producers|producer|manufacturers|manufacturer|exporters|importers|carmakers|automakers|banks|insurers|airlines|suppliers|dealers|brokers|fabricants|producteurs|constructeurs|exportateurs|entreprises|sociétés)`;
/** How many units after a name the qualified noun may stand ("U.S. luxury car producers": three). */
export const QUALIFIED_NOUN_WINDOW_UNITS = 3;
/** The refusing look-ahead of `QUALIFIED_NOUN`, ready to follow a capture in a pattern. */
export const NOT_QUALIFYING = `!>{${QUALIFIED_NOUN_WINDOW_UNITS}}${QUALIFIED_NOUN}`;

/**
 * Words that only a sports report uses: a rivalry or a loan read there is a match or a player's transfer, never
 * two companies on one market. Only words a business text does not borrow ("match", "saison", "record" and "titre"
 * are left out: "un match serré entre deux opérateurs", "titres" are shares).
 */
export const SPORT_WORDS = new RegExp(
  '^(' +
    [
      'finale|finales|demi-finale|demi-finales|quart|quarts|tournoi|tournois|championnat|championnats|buteur|buteurs',
      'attaquant|attaquants|manches|frappeurs|ligues|coureur|coureurs|coureuse|coureuses|podium|médaille|médailles',
      'olympiques|incline|inclinent|tournament|tournaments|championship|championships|playoff|playoffs|semifinal',
      'semifinals|quarterfinal|quarterfinals|innings|touchdown|touchdowns|goalkeeper|striker|matchs|remplaçant',
      'remplaçants|entraîneur|entraîneurs|échauffement|titularise|buts',
    ].join('|') +
    ')$',
  'u',
);

/** The same rules, none of them reading a sentence that holds a word matching `word` anywhere. */
export function refusingSentencesWith(list: Rule[], word: RegExp): Rule[] {
  const scan = (units: Unit[]): boolean =>
    units.some((u) => word.test(u.kind === 'tok' ? u.token.lower : (u.word?.lower ?? '')));
  // every reader of the list asks the same question of the same sentence: answered once per sentence
  const answered = new WeakMap<Unit[], boolean>();
  const holds = (units: Unit[]): boolean => {
    if (word.global || word.sticky) return scan(units);
    let found = answered.get(units);
    if (found === undefined) answered.set(units, (found = scan(units)));
    return found;
  };
  return list.map((r) => {
    if (r.pattern) return { ...r, pattern: { ...r.pattern, refused: [...r.pattern.refused, word] } };
    const read = r.read;
    if (!read) return r;
    return { ...r, read: (units: Unit[], lang: Language) => (holds(units) ? [] : read(units, lang)) };
  });
}

import { compile, matchAll } from '../pattern';
import type { Unit } from '../pattern';
import { OF_FR, readerRules } from '../rule';
import type { ReaderRuleSpec } from '../rule';

/**
 * French tells an investor's past arrival in a company's capital as an aside on the investor's name, in the
 * middle of a sentence about something else (the sale of its shares, who holds the rest, a new round):
 * - a participle apposition: "le fonds régional X, entré en 2022, cède ses parts", "le solde appartient au fonds X,
 *   entré au capital en 2021", "aux côtés du fonds X, entré en 2021 avec 8 millions d'euros";
 * - a relative: "X, le fonds régional qui était entré au capital en 2019 à hauteur de 30 %, réalise une plus-value";
 * - a time phrase between the participle and a named capital: "X, entré en 2018 au capital de la biscuiterie",
 *   "X était entré en 2019 au capital de la start-up Y".
 * The investor of such an aside is as often the object of a preposition ("entre les mains du fonds X, entré …") as
 * a subject, so the oblique readers open on the preposition. A bare capital ("au capital", "à son capital") is the
 * company the discourse is about (the salient one: measured better than the headline's, which in a takeover story is
 * the buyer); a named one is read by the last rule. They are readers, so they only add what the pattern rules of
 * the sentence leave open (a pattern rule reading the same investor elsewhere wins). No stake test: the sentence's
 * percentages are as often the other holders' ("Les deux frères détiennent 55 % du capital, aux côtés du fonds X,
 * entré en 2021").
 */

/** The participle of entering, in the four agreements (a fund, a bank, two investors). */
const ENTERED = '(entré|entrée|entrés|entrées)';
/** Auxiliaries and the relative that may open the aside ("qui était entré", "qui est entrée"). */
const AUX = '?(qui) ?(était|est|étaient|sont|avait|avaient|a|ont) ?(déjà|lui-même|elle-même|alors)';
/** "au capital", "à son capital", "dans le capital": a capital whose owner is left unsaid. */
const BARE_CAPITAL = "(au|à|dans) ?(son|le|leur) capital !>(de|du|d'|des)";
/**
 * An aside told without the word "capital" ("X, entré en 2022, cède ses parts") needs the sentence to speak of a
 * capital or shares: "X, entré en 2015 dans le groupe" is a person's career, "entrée en 2022 en Bourse" a listing.
 */
const SHARES_IN_SENTENCE =
  '&&(capital|parts|part|participation|participations|actionnaire|actionnaires|actionnariat|titres|solde|minoritaire|minoritaires|plus-value|sortie|tour|table|levée)';
/** Words after the year that send the aside elsewhere: a place, an employer, a market, a board. */
const NOT_ELSEWHERE = "!>(au|aux|à|dans|chez|en|sur|comme|l')";
/** Prepositions before an investor named as an object ("entre les mains du fonds X", "aux côtés de X", "par X"). */
const BEFORE_OBLIQUE = "(de|du|d'|des|au|aux|à|par|et)";
/** Words a loose gap may cross between the participle and "au capital" ("en 2021", "à l'automne", "l'an dernier"). */
export const ENTRY_TIME_GAP = 4;
/** Words between the preposition and an oblique investor's name ("du fonds régional"). */
export const OBLIQUE_NAME_GAP = 3;

const DATED = `(en|depuis|dès) \\d{4} ${NOT_ELSEWHERE} ${SHARES_IN_SENTENCE}`;
/** Words that make the entry a project or a denial rather than a fact. */
const NOT_A_FACT =
  '!!(pourrait|pourraient|serait|seraient|envisage|envisagé|envisagée|étude|projet|rumeur|rumeurs|démenti|dément)';

/** Lower-case words every sentence these readers can read holds (rule-screen.ts). */
const ENTERED_WORDS = ['entré', 'entrée', 'entrés', 'entrées'];

/** A reader over one compiled pattern: the fallback form of a pattern rule. */
function patternReader(source: string): (units: Unit[]) => ReturnType<typeof matchAll> {
  const pattern = compile(source, false, false);
  return (units) => matchAll(pattern, units);
}

function asideRule(
  spec: Omit<ReaderRuleSpec, 'read' | 'type' | 'neededWords'> & { pattern: string },
): ReaderRuleSpec {
  const { pattern, ...rest } = spec;
  return { ...rest, type: 'FUNDED', read: patternReader(pattern), neededWords: ENTERED_WORDS };
}

export const FR_CAPITAL_ENTRY_ASIDE_RULES = readerRules([
  asideRule({
    id: 'fr.funded.entered-aside-capital',
    pattern: `@@src , ${AUX} ${ENTERED} ~${ENTRY_TIME_GAP} ${BARE_CAPITAL} ${NOT_A_FACT}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  }),
  asideRule({
    id: 'fr.funded.entered-aside-dated',
    pattern: `@@src , ${AUX} ${ENTERED} ${DATED} ${NOT_A_FACT}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  }),
  asideRule({
    id: 'fr.funded.oblique-entered-aside-capital',
    pattern: `${BEFORE_OBLIQUE} ~${OBLIQUE_NAME_GAP}! @src , ${AUX} ${ENTERED} ~${ENTRY_TIME_GAP} ${BARE_CAPITAL} ${NOT_A_FACT}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  }),
  asideRule({
    id: 'fr.funded.oblique-entered-aside-dated',
    pattern: `${BEFORE_OBLIQUE} ~${OBLIQUE_NAME_GAP}! @src , ${AUX} ${ENTERED} ${DATED} ${NOT_A_FACT}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.55,
  }),
  asideRule({
    id: 'fr.funded.entered-later-capital-of',
    // "X était entré en 2019 au capital de la start-up Y": the time phrase the plain reader does not cross
    pattern: `@@src ~4 ${ENTERED} ~${ENTRY_TIME_GAP} (au|dans) ?(le) capital ${OF_FR} ?(la|le|l') ~3! @tgt ${NOT_A_FACT}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  }),
]);

import { AFTER_DEAL_VERB_EN } from './en/deals';
import { rules } from './rule';
import type { Rule } from './rule';

/**
 * A purchase verb told once for two objects, the second carrying its own time phrase after it: "X bought A in 2022,
 * and B a year later", "X picked up A from S in late 2024 and B in May 2025", "X a racheté A (à S) en 2024 et B en
 * mai 2025", "X a avalé A, spécialiste de …, puis le belge B en 2023". The time phrase right after the second name
 * shows a second purchase with the verb left out. Two shapes: after a comma or "puis" the first object needs no
 * date of its own; with a bare "and/et" it must be dated too, else the name after "and" may be a second seller
 * ("bought A from S and T"). The time phrase must close its clause (a comma, a full stop, a coordinator): "and B
 * in 2021 raised money", "et B a suivi deux ans plus tard", "and B in turn sold its stake" are clauses of their own.
 * One reader for what round one read with three (the day-fourteen second-object rules and ana2's gapped objects).
 */

const EN_BUY = '(acquired|bought|purchased|absorbed|snapped|picked|took)';
const FR_BUY = '(racheté|rachète|acquis|acquiert|repris|reprend|absorbé|absorbe|avalé|avale|offert)';

/** Words of the second object's description: no verb, no subject pronoun, no new clause. */
const EN_DESCRIPTION = '~4!^(is|was|were|are|has|had|did|does|it|they|he|she|which|who|that)';
const FR_DESCRIPTION = '~4!^(a|ont|avait|avaient|est|sont|était|sera|il|elle|ils|elles|qui|que)';

const EN_MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const FR_MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** Words a time phrase is made of; a gap over them crosses nothing else (no verb of a new clause). */
const EN_TIME_WORD = `(\\d{4}|${EN_MONTHS}|late|early|mid|this|that|the|last|year|years|month|months|spring|summer|autumn|fall|winter|quarter)`;
const FR_TIME_WORD = `(\\d{4}|${FR_MONTHS}|fin|début|mi|l'|la|le|cette|année|ans|an|mois|printemps|été|automne|hiver|trimestre|dernier|dernière)`;
const notTime = (word: string): string => `(?!${word}$).*`;

/** What closes the second member: the time phrase is the last thing it says. */
const EN_CLOSE = '(,|\\.|;|and|for|after|before|when|while|as|to|—|-)';
const FR_CLOSE = '(,|\\.|;|et|puis|pour|avant|après|alors|quand|—|-)';

/** "in 2021", "in May 2025", "in late 2024", "last year", "earlier this year". */
const EN_DATED = `(in|last|earlier) >${EN_TIME_WORD} ~3^${notTime(EN_TIME_WORD)} ${EN_CLOSE}`;
/** "a year later", "two years later", "the following year", "three months afterwards". */
const EN_SPAN_LATER = `(a|an|one|two|three|four|five|six|several|some|the) ~2^${notTime(EN_TIME_WORD)} (later|afterwards|following|next) ?(year|month|quarter) ${EN_CLOSE}`;
/** "en 2021", "en mai 2025", "fin 2023", "l'an dernier". */
const FR_DATED = `(en|fin|début|mi) >(\\d{4}|${FR_MONTHS}) ~2^${notTime(FR_TIME_WORD)} ${FR_CLOSE}`;
/** "deux ans plus tard", "l'année suivante", "un an après", "quelques mois plus tard". */
const FR_SPAN_LATER = `(un|une|deux|trois|quatre|cinq|six|quelques|l'|le) ~2^${notTime(FR_TIME_WORD)} ?plus (tard|suivante|suivant|après) ${FR_CLOSE}`;

/** "l'an dernier", "l'année passée", "cette année": a time phrase with no preposition, read like "last year". */
const FR_LAST_YEAR = `(l'|cette) (an|année) ?(dernier|dernière|passé|passée) ${FR_CLOSE}`;

/** The first object's own date, before a bare "and/et" ("A from S in late 2024 and B …"). */
const EN_FIRST_DATED = `(in|last|earlier) >${EN_TIME_WORD} ~3`;
const FR_FIRST_DATED = `(en|fin|début|mi) >(\\d{4}|${FR_MONTHS}) ~3`;

const EN_SHAPES = [
  // "X bought A in 2019, and B two years later": after a comma the first object's words are free
  `@src ~10 ${EN_BUY} ?up ?over ~6! @first ~6 , and ${EN_DESCRIPTION} @tgt`,
  // "X picked up A from S in late 2024 and B in May 2025"
  `@src ~10 ${EN_BUY} ?up ?over ~6! @first ?from ?@seller ${EN_FIRST_DATED} and ~4! @tgt`,
];
const FR_SHAPES = [
  `@src ~7 ${FR_BUY} ~6! @first ~8 , (et|puis) ${FR_DESCRIPTION} @tgt ?,`,
  `@src ~7 ${FR_BUY} ~6! @first ~8 puis ${FR_DESCRIPTION} @tgt ?,`,
  `@src ~7 ${FR_BUY} ~6! @first ?(à|au|aux) ?@seller ${FR_FIRST_DATED} et ~4! @tgt`,
];

/**
 * The second object's date put first, right after "puis" / "and then": "X avait racheté en 2022 A, puis en 2024 la
 * société belge B", "X bought A in 2022 and then, in 2024, rival B". The fronted date leaves no verb to be read, so
 * a determiner must open the object (not "puis en 2024 cédé B") and the name must close the clause.
 */
const FR_OTHER_PARTICIPLES =
  'cédé|cédée|vendu|vendue|revendu|revendue|fermé|fermée|liquidé|liquidée|fusionné|créé|créée|fondé|fondée|lancé|lancée|investi|levé|quitté|ouvert|pris';
const FR_FRONTED_DATE = `(en|fin|début|mi) >(\\d{4}|${FR_MONTHS}) ~2^${notTime(FR_TIME_WORD)} ?,`;
const EN_FRONTED_DATE = `?, (in|late|early) >${EN_TIME_WORD} ~2^${notTime(EN_TIME_WORD)} ?,`;
/** Optional: the units fold "la société X" into X. */
const FR_FRONTED_DETERMINER = "?(le|la|l'|les|son|sa|ses)";
/** The fronted date's object: no verb of another deal in between ("puis en 2024 cédé B", "puis en 2024 fondé B"). */
const FR_FRONTED_DESCRIPTION = `~4!^(a|ont|avait|avaient|est|sont|était|sera|il|elle|ils|elles|qui|que|${FR_OTHER_PARTICIPLES})`;
const EN_FRONTED_DETERMINER = '(the|its|rival)';
/**
 * Loose words between the verb and the first object ("racheté en 2022 le spécialiste bordelais de la gestion des
 * temps A"); the descriptor before the name may have been read as a pointer, so a name may close the first object
 * after it (`?@named`).
 */
const FIRST_OBJECT_REACH = 12;
const FRONTED_DATE_SHAPES = {
  fr: `@src ~7 ${FR_BUY} ~${FIRST_OBJECT_REACH} @first ~8 ?@named ?, puis ${FR_FRONTED_DATE} ${FR_FRONTED_DETERMINER} ${FR_FRONTED_DESCRIPTION} @tgt (,|\\.|;)`,
  en: `@src ~10 ${EN_BUY} ?up ?over ~${FIRST_OBJECT_REACH} @first ~8 ?, and then ${EN_FRONTED_DATE} ${EN_FRONTED_DETERMINER} ${EN_DESCRIPTION} @tgt (,|\\.|;)`,
};

/**
 * A dated series: one purchase verb for three or more objects, each told with its own time phrase, the members
 * joined by commas and the last by "and/et": "X bought A in 2019, B in 2022 and C last year", "X avait racheté A en
 * 2019, B en 2022 et C en 2024". The shapes above read the second member only after ", and" / "puis"; here a comma
 * alone joins a member when the member before it is dated, and a later member (after a comma or the last "and/et")
 * is read across the dated members before it (one or two). Every member must be dated: an undated name after a
 * comma is an aside or a new subject ("bought A in 2019, B said"), and the time phrase must close its member.
 */
/**
 * A member after a bare comma has no "and" to show it is one: its description must not hold a word opening a
 * clause of comparison or time ("A in 2019, two years after B in 2017", "A en 2019, deux ans avant B en 2021").
 */
const EN_MEMBER_DESCRIPTION =
  '~4!^(is|was|were|are|has|had|did|does|it|they|he|she|which|who|that|after|before|while|when|whereas|than|since|as|like|unlike|following|behind|ahead|until|during)';
const FR_MEMBER_DESCRIPTION =
  '~4!^(a|ont|avait|avaient|est|sont|était|sera|il|elle|ils|elles|qui|que|avant|après|alors|tandis|quand|lorsque|comme|contre|depuis|derrière|devant|dont|sauf)';
const EN_SERIES_FIRST = `@src ~10 ${EN_BUY} ?up ?over ~6! @first ?from ?@seller ${EN_FIRST_DATED} ,`;
const EN_SERIES_MEMBER = `${EN_MEMBER_DESCRIPTION} @mid ${EN_FIRST_DATED} ?,`;
const FR_SERIES_FIRST = `@src ~7 ${FR_BUY} ~6! @first ?(à|au|aux) ?@seller ${FR_FIRST_DATED} ,`;
const FR_SERIES_MEMBER = `${FR_MEMBER_DESCRIPTION} @mid ${FR_FIRST_DATED} ?,`;
const SERIES_SHAPES = {
  en: [
    `${EN_SERIES_FIRST} ${EN_MEMBER_DESCRIPTION} @tgt`,
    `${EN_SERIES_FIRST} ${EN_MEMBER_DESCRIPTION} @mid ${EN_FIRST_DATED} , ${EN_MEMBER_DESCRIPTION} @tgt`,
    `${EN_SERIES_FIRST} ${EN_SERIES_MEMBER} and ${EN_DESCRIPTION} @tgt`,
    `${EN_SERIES_FIRST} ${EN_SERIES_MEMBER} ${EN_SERIES_MEMBER.replace('@mid', '@mid2')} and ${EN_DESCRIPTION} @tgt`,
  ],
  fr: [
    `${FR_SERIES_FIRST} ${FR_MEMBER_DESCRIPTION} @tgt`,
    `${FR_SERIES_FIRST} ${FR_MEMBER_DESCRIPTION} @mid ${FR_FIRST_DATED} , ${FR_MEMBER_DESCRIPTION} @tgt`,
    `${FR_SERIES_FIRST} ${FR_SERIES_MEMBER} et ${FR_DESCRIPTION} @tgt`,
    `${FR_SERIES_FIRST} ${FR_SERIES_MEMBER} ${FR_SERIES_MEMBER.replace('@mid', '@mid2')} et ${FR_DESCRIPTION} @tgt`,
  ],
};

const reader = (id: string, shapes: string[], times: string[], notAfter?: RegExp): Rule[] =>
  rules(
    shapes.flatMap((shape) =>
      times.map((time) => ({
        id,
        type: 'ACQUIRED' as const,
        ...(notAfter ? { notAfter } : {}),
        pattern: `${shape} ${time}`,
        source: 'src',
        target: 'tgt',
        mayBeMinority: true,
        confidence: 0.7,
      })),
    ),
  );

export const GAPPED_OBJECT_RULES = [
  ...reader('en.acquired.gapped-object', EN_SHAPES, [EN_DATED, EN_SPAN_LATER], AFTER_DEAL_VERB_EN),
  ...reader('fr.acquired.gapped-object', FR_SHAPES, [FR_DATED, FR_SPAN_LATER, FR_LAST_YEAR]),
  ...reader('en.acquired.dated-series', SERIES_SHAPES.en, [EN_DATED, EN_SPAN_LATER], AFTER_DEAL_VERB_EN),
  ...reader('fr.acquired.dated-series', SERIES_SHAPES.fr, [FR_DATED, FR_SPAN_LATER, FR_LAST_YEAR]),
  ...reader('fr.acquired.gapped-object-fronted-date', [FRONTED_DATE_SHAPES.fr], ['']),
  ...reader('en.acquired.gapped-object-fronted-date', [FRONTED_DATE_SHAPES.en], [''], AFTER_DEAL_VERB_EN),
];

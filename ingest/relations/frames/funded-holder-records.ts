import type { RuleSpec } from '../rule';
import { rules } from '../rule';

/**
 * An investor's record told as holdings, not as a verb of investing: "A figure déjà au capital du motoriste B et de
 * l'électronicien C", "A détient également des participations dans B et dans C", "A, which also holds stakes in B
 * and C". Being a shareholder of a company is having funded it (GOLD-FORMAT: takes a minority stake). Only a named
 * holder and the plural or an adverb of a record ("déjà", "also"): a single stake stated bare in wire copy is most
 * often a bidder building a position, which the stake rules weigh.
 */

/** Verbs of being among the shareholders ("figure au capital de", "est présent au capital de"). */
const IS_FR = '(figure|figurait|figurent|figuraient|est|était|sont|étaient)';
/** Adverbs of a record ("ailleurs" after "par"). */
const RECORD_FR = '(déjà|également|aussi|notamment|ailleurs)';
/** Verbs of holding. */
const HOLDS_FR = '(détient|détenait|détiennent|détenaient|possède|possédait|possèdent|possédaient)';
const HOLDS_EN = '(holds|held|owns|owned|has)';
const RECORD_EN = '(also|already|now)';
/** Most words of a company's description before its name ("le motoriste", "la laiterie bretonne"). */
const DESCRIPTION_WORDS = 4;

/** The holder's own aside before the verb ("A, qui gère 240 M€, figure …", "A, which started in 2024, has …"). */
const ASIDE = '@src , (qui|which|who) ~8! ,';

const PLAIN_RULES: RuleSpec[] = [
  {
    id: 'fr.funded.among-holders-of',
    type: 'FUNDED',
    pattern: `@src ?(,) ?(qui) ${IS_FR} ?(par) ?${RECORD_FR} ?(présent|présente|présents|présentes|entré|entrée) au capital (de|du|des|d') ~${DESCRIPTION_WORDS}! @@tgt !>('s|’s)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    namedSource: true,
    stake: 'minority',
  },
  {
    id: 'fr.funded.holds-stakes-in',
    type: 'FUNDED',
    pattern: `@src ?(,) ?(qui) ${HOLDS_FR} ?(par) ${RECORD_FR} (des|une) (participations|participation) ?(minoritaires|minoritaire) (dans|chez) ~${DESCRIPTION_WORDS}! @@tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    namedSource: true,
    stake: 'minority',
  },
  {
    id: 'en.funded.holds-stakes-in',
    type: 'FUNDED',
    pattern: `@src ?(,) ?(which|who) ?${RECORD_EN} ${HOLDS_EN} ?${RECORD_EN} ?(minority) (stakes|holdings|interests|investments) in ~${DESCRIPTION_WORDS}! @@tgt !>('s|’s)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    namedSource: true,
    stake: 'minority',
  },
];

/** Each rule twice: the holder right before its verb, and the holder with an aside of its own before it. */
export const HOLDER_RECORD_RULES = rules(
  PLAIN_RULES.flatMap((r) => [
    r,
    {
      ...r,
      id: `${r.id}-aside`,
      pattern: r.pattern
        .replace('@src ?(,) ?(qui) ', `${ASIDE} `)
        .replace('@src ?(,) ?(which|who) ', `${ASIDE} `),
    },
  ]),
);

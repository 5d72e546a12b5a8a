import { rules } from './rule';
import { OWNER_HYPHEN, PURCHASE_VERB } from './rival-words';

/** Nouns of a contest between companies ("la bataille est serrée entre A, B et C", "the race between A and B"). */
const CONTEST =
  '(bataille|lutte|course|duel|guerre|rivalité|concurrence|compétition|battle|race|rivalry|fight|war|contest|competition)';

/** Words of a lawsuit or a patent fight: a "war" or a "dispute" told with them is fought in court, not on a market. */
const COURT_WORDS =
  '(tribunal|tribunaux|justice|procès|litige|brevet|brevets|court|courts|lawsuit|lawsuits|patent|patents|litigation)';

/**
 * Rivalry told as a contest, a tie, a phrasal verb, or pointed at ("with which it competes", "their rival C"). Kept apart from competes.ts, whose rules read rivalry
 * nouns and verbs; both lists are run together.
 */
export const CONTEST_RULES = rules([
  {
    id: 'any.competes.contest-between',
    type: 'COMPETES_WITH',
    // every member of the list fights every other, as with "A, B and C dominate"
    // only words of how close the fight is may stand between: "bataille judiciaire entre A et B" is a lawsuit
    pattern: `${CONTEST} ?(est|is|se|fait|rages|heats|reste|remains) ?(serrée|rude|intense|acharnée|fierce|tight|close|vive|joue|up) (entre|between|among) @@a`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
  {
    id: 'any.competes.dispute-market',
    type: 'COMPETES_WITH',
    // "dispute devant le tribunal à B un brevet" is a lawsuit
    pattern: `@@a ~3! (dispute|disputent|disputait|disputaient|disputer) ~6! (à|au|aux) @@b !!${COURT_WORDS}`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'any.competes.neck-and-neck',
    type: 'COMPETES_WITH',
    pattern: `@@a ~4 (coude-à-coude|neck-and-neck|neck) ?(and) ?(neck) (avec|with) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
  {
    id: 'any.competes.takes-on',
    type: 'COMPETES_WITH',
    // only present and progressive forms: "took on X as adviser" hires X
    pattern: `@@a ~3! (takes|take|taking) on @@b !>${OWNER_HYPHEN}`,
    source: 'a',
    target: 'b',
    notAfter: PURCHASE_VERB,
    confidence: 0.6,
  },
  {
    id: 'any.competes.up-against',
    type: 'COMPETES_WITH',
    pattern: `@@a ~3! up against ~4! @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.its-rival-apposed',
    type: 'COMPETES_WITH',
    // "Ravenna, its closest rival, ...": the rival of the company the article is about
    pattern: `@b , (its|their|son|sa|leur) ?(closest|nearest|main|biggest|largest|principal|grand|direct|plus|proche) ?(proche|grand) (rival|competitor|concurrent|concurrente|rivale|challenger)`,
    source: 'b',
    target: 'topic',
    topicTarget: true,
    firstParty: true,
    confidence: 0.6,
  },
  {
    id: 'any.competes.war-with',
    type: 'COMPETES_WITH',
    // "X, locked in a price war with A and B": the subject is the sentence's first company; a "battle with" may
    // be a lawsuit or a fight with a regulator, a war (des prix) is fought between sellers
    pattern: `@a ~8! (war|wars|guerre|guerres) ~2! (with|avec|contre|against) @@b !!${COURT_WORDS}`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
  {
    id: 'any.competes.with-which-it-competes',
    type: 'COMPETES_WITH',
    // "alongside A and B, with which it competes": "it" inside the sentence is the article's company
    pattern: `@@b , (with|avec|contre|against) (which|whom|lesquels|lesquelles|qui) ?(it|elle|il|the) ?(company|group|groupe|société) (competes|compete|competed|rivalise|rivalisait|concurrence)`,
    source: 'b',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'any.competes.their-rival',
    type: 'COMPETES_WITH',
    // "A and B vie for hosts in France, where their competitor C is growing": C against each of the subjects
    pattern: `@@a ~15 (their|leur|leurs) ?(main|biggest|closest|principal|principaux|grand|direct) (competitor|competitors|rival|rivals|concurrent|concurrents|rivaux) @@b`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
]);

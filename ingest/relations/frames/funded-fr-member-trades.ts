import { SECTOR_TRADE_NOUNS } from '../anaphora-sector-nouns';

/**
 * Trade nouns that may open a member of a list of companies ("au capital du motoriste A et de l'électronicien B",
 * "dans le conserveur A et dans la laiterie B"): an investor's holdings and a round's backers are listed each with
 * its trade, and the cue lists (`ORG_CUES_FR`, `TRADE_NOUNS`) lack most crafts and sector trades.
 */
const CRAFT_NOUNS = `électronicien électroniciens motoriste avionneur mécanicien robinetier chaudronnier
  décolleteur fondeur forgeron plasturgiste outilleur câblier sous-traitant sous-traitants conditionneur
  embouteilleur transformateur caviste boulanger pâtissier charcutier salaisonnier traiteur viticulteur
  vigneron maraîcher horticulteur pépiniériste aquaculteur ostréiculteur mareyeur glacier confiseur
  biscuitier chocolatier fromager mutuelle cimentier installateur exploitant gestionnaire concepteur
  intégrateur hébergeur éditeur agrégateur comparateur courtier transitaire commissionnaire
  électricien énergéticien producteur`
  .trim()
  .split(/\s+/);

/**
 * English trades of a backed company, which the cue lists lack: "has also backed fashion marketplace A and
 * fitness app B", "investors in the payments startup A and the software maker B".
 */
const TRADE_NOUNS_EN =
  `app apps marketplace marketplaces startup startups start-up start-ups maker makers developer
  developers provider providers operator operators retailer retailers brand brands specialist specialists`
    .trim()
    .split(/\s+/);

/** Trade nouns a list member may carry before its name, besides the cue lists. */
export const MEMBER_TRADE_NOUNS: ReadonlySet<string> = new Set([
  ...SECTOR_TRADE_NOUNS,
  ...CRAFT_NOUNS,
  ...TRADE_NOUNS_EN,
]);

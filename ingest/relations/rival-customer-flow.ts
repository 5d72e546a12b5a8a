import { rules } from './rule';
import type { Rule } from './rule';

/**
 * Rivalry told as customers or market share passing from one company to another, both languages and any verb of
 * the family: "X has lost customers / subscribers to A", "X a perdu des clients au profit de A", "X takes share
 * from A", "X steals customers from A", "X grignote / prend / ravit des parts de marché à A". The company that loses
 * them and the one that wins them fight for the same buyers. Contracts and business are left out: "won a contract
 * from A", "won business from A" name a client, not a rival.
 */

/** What passes from one rival to the other: buyers or a share of the market. */
const FLOW_EN =
  '(customers|clients|subscribers|users|share|shoppers|passengers|listeners|viewers|readers|members)';
const FLOW_FR = '(clients|abonnés|utilisateurs|parts|clientèle|lecteurs|passagers|adhérents)';
/** Verbs after "to" that make the name their object ("lost customers to supply A"): no rival follows. */
const NOT_RIVAL_AFTER_TO = '^(supply|provide|sell|buy|fund|help|serve|pay|offer|attract|win|keep)';

export const CUSTOMER_FLOW_RULES: Rule[] = rules([
  {
    id: 'any.competes.lost-customers-to',
    type: 'COMPETES_WITH',
    // "X has lost customers to A", "X is losing subscribers to A and B", "X ceded market share to A"
    pattern: `@@a ~8 (lost|losing|lose|loses|ceded|cedes|ceding|bled|bleeding|haemorrhaging|hemorrhaging) ~3! ${FLOW_EN} ~3! to ~2!${NOT_RIVAL_AFTER_TO} @@b`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
  {
    id: 'any.competes.takes-customers-from',
    type: 'COMPETES_WITH',
    // "X takes share from A", "X has been stealing customers from A and B", "X poached clients away from A"
    pattern: `@@a ~6! (take|takes|took|taken|taking|steal|steals|stole|stolen|stealing|poach|poaches|poached|poaching|lure|lures|lured|luring|grab|grabs|grabbed|grabbing|win|wins|won|winning) ~3! ${FLOW_EN} ?(away) (from) ~2! @@b`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
  {
    id: 'fr.competes.lost-customers-to',
    type: 'COMPETES_WITH',
    // "X a perdu des clients au profit de A", "X perd des parts de marché au profit des enseignes A et B"
    pattern: `@@a ~8 (perdu|perd|perdent|perdre|perdait|perdaient|cédé|cède|cèdent|céder) ~2! ${FLOW_FR} ~4! au profit (de|du|des|d') ~2! @@b`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
  {
    id: 'fr.competes.takes-customers-from',
    type: 'COMPETES_WITH',
    // "X prend des parts de marché à A", "X grignote des clients à A et B", "X ravit des abonnés à A"
    pattern: `@@a ~6! (prend|prennent|prenait|pris|prendre|grignote|grignotent|grignoté|grignoter|grignotait|ravit|ravi|ravir|arrache|arrachent|arraché|arracher|chipe|chipé|chiper|subtilise|subtilisé) ?(déjà|aussi|désormais|peu) ?(à) ?(peu) (des|de|les|ses) ${FLOW_FR} ~3! (à|au|aux) ~2! @@b`,
    source: 'a',
    target: 'b',
    firstParty: true,
    confidence: 0.6,
  },
]);

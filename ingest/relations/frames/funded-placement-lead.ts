import { rules } from '../rule';

/**
 * New shares a company sells to named investors, told with the company as the subject and the investor as the
 * lead: "Y announced a $40 million private placement led by A", "Y has closed a placement of new shares anchored by
 * A". (The French "placement privé mené par A" is read by `fr.funded.led-by`.) A public offering "led by" names its
 * underwriting banks, not investors, and is not read.
 */

/** Verbs of a company telling or closing its own share sale. */
const TELLS_EN =
  '(announced|announces|unveiled|unveils|priced|prices|completed|completes|closed|closes|launched|launches|agreed)';
/** A sale of new shares to chosen investors (a public "offering led by" names its underwriting banks instead). */
const PLACEMENT_EN = '(placement)';
/** Verbs of an investor leading it. */
const LED_EN = '(led|co-led|anchored)';

export const EN_PLACEMENT_LEAD_RULES = rules([
  {
    id: 'en.funded.placement-led-by',
    type: 'FUNDED',
    pattern: `@tgt ~3 ${TELLS_EN} ~8! ${PLACEMENT_EN} ?(of) ?(new) ?(shares|stock) ${LED_EN} by ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    lead: true,
    stake: 'minority',
  },
]);

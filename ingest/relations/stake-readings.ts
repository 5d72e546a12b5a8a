import type { RuleSpec } from './rule';

/**
 * One pattern read twice, as control (ACQUIRED) and as a minority holding (FUNDED): the stake the sentence tells
 * (values/stakes.ts) keeps the reading that fits it. Rules about shares bought or raised use it, since the verb
 * alone does not say which fact it is.
 */
export function controlOrMinorityReadings(
  lang: 'en' | 'fr',
  id: string,
  pattern: string,
  confidence: number,
): RuleSpec[] {
  const reading = { pattern, source: 'src', target: 'tgt', confidence };
  return [
    { ...reading, id: `${lang}.acquired.${id}`, type: 'ACQUIRED', stake: 'majority' },
    { ...reading, id: `${lang}.funded.${id}`, type: 'FUNDED', stake: 'minority' },
  ];
}

import type { Rule } from '../rule';
import { ACQUIRED_FRAMES } from './acquired';
import { FOUNDER_FRAMES } from './founders';
import { FUNDED_FRAMES } from './funded';
import { RIVAL_FRAMES } from './rivals';
import { ACQUIRED_POSSESSIVE_DOMAIN_FRAMES } from '../anaphora-possessive-domain';
import { ACQUIRED_SELLER_RELATIVE_FRAMES } from '../anaphora-seller-relative';
import { PAIR_RIVALRY_FRAMES } from '../anaphora-pair-rivalry';

/** Code readers of both languages, run after every pattern rule (each reader looks at the language itself). */
export const FRAME_RULES: Rule[] = [
  ...ACQUIRED_FRAMES,
  ...ACQUIRED_POSSESSIVE_DOMAIN_FRAMES,
  ...ACQUIRED_SELLER_RELATIVE_FRAMES,
  ...FUNDED_FRAMES,
  ...RIVAL_FRAMES,
  ...PAIR_RIVALRY_FRAMES,
  ...FOUNDER_FRAMES,
];

import { rules } from '../rule';

/**
 * A shareholder told by a relative clause whose stake names no company: "Corvane has been under pressure from
 * activist investor Trellis Capital, which built a 6% stake last year": the stake is in the clause's subject. A
 * stake "in"/"of" another company is the stake readers' (the look-ahead refuses it).
 */

/** Verbs of building or holding a stake, after "which"/"who" and an optional auxiliary. */
const HOLDS_EN = '(built|build|builds|amassed|acquired|taken|took|takes|holds|held|owns|owned|bought)';
/** Nouns of a share of a company. */
const STAKE_EN = '(stake|holding|shareholding|position)';
/** Most words between the subject and the shareholder ("has been under pressure from activist investor"). */
const SUBJECT_TO_HOLDER_WORDS = 12;

export const EN_RELATIVE_STAKE_RULES = rules([
  {
    id: 'en.funded.relative-stake-holder',
    type: 'FUNDED',
    pattern: `@tgt ~${SUBJECT_TO_HOLDER_WORDS} @src , (which|who) ?(has|had|also|now|already) ?(also|now|already) ${HOLDS_EN} ?(up) (a|an) ~3! ${STAKE_EN} !>(in|of|into|across|for)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
    stake: 'minority',
  },
]);

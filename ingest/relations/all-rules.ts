import type { Language } from '../types';
import { COMPETES_RULES } from './competes';
import { DEAL_DATIVE_SALE_RULES } from './deal-dative-sale';
import { EN_AGENT_FIRST_DEAL_RULES, FR_AGENT_FIRST_DEAL_RULES } from './deal-agent-first-noun';
import { EN_CONTEST_WINNER_RULES, FR_CONTEST_WINNER_RULES } from './deal-contest-winner';
import { DEAL_DATIVE_SELLER_RULES } from './deal-dative-seller';
import { DEAL_FOUNDED_THEN_SOLD_RULES } from './deal-founded-then-sold';
import { DEAL_HOLDER_BUYS_REST_RULES } from './deal-holder-buys-rest';
import { DEAL_MERGE_WITH_UNIT_RULES } from './deal-merge-with-unit';
import { DEAL_OWNERSHIP_CLAUSE_RULES } from './deal-ownership-clauses';
import { DEAL_PLACED_OBJECT_RULES } from './deal-placed-object';
import { DEAL_TAKEN_PRIVATE_RULES } from './deal-taken-private';
import { DEAL_TIME_INSERT_RULES } from './deal-time-inserts';
import { EN_CLAUSE_DEAL_RULES } from './en/clause-deals';
import { EN_DEAL_RULES } from './en/deals';
import { EN_FUNDED_RULES } from './en/funded';
import { FR_CLAUSE_DEAL_RULES } from './fr/clause-deals';
import { FR_BUYOUT_WITH_FUND_RULES } from './fr/buyout-with-fund';
import { FR_DEAL_RULES } from './fr/deals';
import { FR_DEAL_IDIOM_RULES } from './fr/deal-idioms';
import { FR_FUNDED_RULES } from './fr/funded';
import { FR_ROUND_ROLE_RULES } from './fr/round-roles';
import { FR_SECOND_VERB_RULES } from './fr/second-verb';
import { FR_SOLD_UNIT_RULES } from './fr/sold-unit';
import { FR_STAKE_RAISE_RULES } from './fr/stake-raise';
import { STAKE_RAISED_RELATIVE_RULES_EN, STAKE_RAISED_RELATIVE_RULES_FR } from './stake-raised-relative';
import { STAKE_DESCRIBED_TARGET_RULES_EN } from './stake-described-target';
import { EN_ELLIPSIS_RULES, FR_ELLIPSIS_RULES } from './anaphora-ellipsis-second-verb';
import { FRAME_RULES } from './frames';
import { EN_OWNER_DEAL_RULES, FR_OWNER_DEAL_RULES } from './anaphora-owner-deal';
import { EN_TOPIC_DEAL_RULES, FR_TOPIC_DEAL_RULES } from './anaphora-topic-deal';
import { PEOPLE_RULES } from './people';
import {
  EN_STAKE_PURCHASE_RESULT_RULES,
  FR_STAKE_PURCHASE_RESULT_RULES,
} from './frames/stake-purchase-result';
import { EN_DESCRIBED_OBJECT_RULES, FR_DESCRIBED_OBJECT_RULES } from './frames/described-object-apposed';
import type { Rule } from './rule';

const BY_LANGUAGE: Record<Language, Rule[]> = {
  en: [
    ...EN_DEAL_RULES,
    ...EN_FUNDED_RULES,
    ...EN_CLAUSE_DEAL_RULES,
    ...STAKE_RAISED_RELATIVE_RULES_EN,
    ...STAKE_DESCRIBED_TARGET_RULES_EN,
    ...DEAL_PLACED_OBJECT_RULES,
    ...EN_ELLIPSIS_RULES,
    ...EN_OWNER_DEAL_RULES,
    ...EN_TOPIC_DEAL_RULES,
    ...DEAL_OWNERSHIP_CLAUSE_RULES,
    ...DEAL_HOLDER_BUYS_REST_RULES,
    ...DEAL_TAKEN_PRIVATE_RULES,
    ...DEAL_FOUNDED_THEN_SOLD_RULES,
    ...DEAL_MERGE_WITH_UNIT_RULES,
    ...EN_AGENT_FIRST_DEAL_RULES,
    ...EN_CONTEST_WINNER_RULES,
    ...COMPETES_RULES,
    ...PEOPLE_RULES,
    ...FRAME_RULES,
    ...EN_STAKE_PURCHASE_RESULT_RULES,
    ...EN_DESCRIBED_OBJECT_RULES,
  ],
  fr: [
    ...FR_DEAL_RULES,
    ...DEAL_DATIVE_SALE_RULES,
    ...DEAL_DATIVE_SELLER_RULES,
    ...FR_SOLD_UNIT_RULES,
    ...FR_DEAL_IDIOM_RULES,
    ...FR_SECOND_VERB_RULES,
    ...FR_ELLIPSIS_RULES,
    ...FR_OWNER_DEAL_RULES,
    ...FR_TOPIC_DEAL_RULES,
    ...FR_FUNDED_RULES,
    ...FR_STAKE_RAISE_RULES,
    ...STAKE_RAISED_RELATIVE_RULES_FR,
    ...FR_ROUND_ROLE_RULES,
    ...FR_CLAUSE_DEAL_RULES,
    ...FR_BUYOUT_WITH_FUND_RULES,
    ...DEAL_OWNERSHIP_CLAUSE_RULES,
    ...DEAL_HOLDER_BUYS_REST_RULES,
    ...DEAL_TAKEN_PRIVATE_RULES,
    ...DEAL_FOUNDED_THEN_SOLD_RULES,
    ...DEAL_MERGE_WITH_UNIT_RULES,
    ...DEAL_TIME_INSERT_RULES,
    ...FR_AGENT_FIRST_DEAL_RULES,
    ...FR_CONTEST_WINNER_RULES,
    ...COMPETES_RULES,
    ...PEOPLE_RULES,
    ...FRAME_RULES,
    ...FR_STAKE_PURCHASE_RESULT_RULES,
    ...FR_DESCRIBED_OBJECT_RULES,
  ],
};

/** Rules in priority order: when two rules state the same fact, the earlier one's reading is kept. */
export function rulesFor(lang: Language): Rule[] {
  return BY_LANGUAGE[lang];
}

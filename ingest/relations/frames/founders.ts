import { readerRules } from '../rule';
import { readAtHead, readLeaderPost, readStaysAtHead } from './founders-post';
import { readTopicFounder } from './founders-topic';
import { TOPIC_LEADS_FRAMES } from './leads-topic-frames';
import { readFoundedActive, readFoundedPassive } from './founders-founded';
import { readCofounderOfNamed, readFoundedInObjectRelative, readTopicCofounder } from './founders-cofounder';
import {
  readFounderStillLeads,
  readFrontedFounderTitle,
  readFrontedLeaderTitle,
  readLeadsActive,
  readLeadsPassive,
} from './founders-leads';
import {
  readSpeakerFoundedPointer,
  readSpeakerFoundedSubject,
  readSpeakerFoundedTopic,
  readSpeakerLeadsPointer,
  readSpeakerLeadsSubject,
} from './leads-speaker';
import {
  readSpeakerLeadsTopicUnquoted,
  readSpeakerOfQuotedCompany,
  SPEAKER_LEADER_WORDS,
} from './leads-speaker-quoted';
import { INTERIM_PASSIVE_FRAMES } from './leads-interim-passive';
import { BORN_PARTICIPLE, readBornOfMeeting } from './founders-origins';
import { FOUND_EN, FOUND_FR, FOUND_PARTICIPLE, LEAD_EN, LEAD_FR, LEAD_PARTICIPLE } from './founders-words';
import { anyWordOf } from './word-cue';
import { FRONTED_APPOSED_FRAMES } from './founders-fronted-apposed';
import { APPOINTED_SUBJECT_FRAMES } from './leads-appointed-subject';
import { ARRIVAL_POST_FRAMES } from './leads-arrival-post';
import { FOUNDER_STILL_HEADS_FRAMES } from './founders-still-heads';
import { COPULA_TITLE_FRAMES } from './leads-copula-title';
import { COORDINATED_POST_FRAMES } from './leads-coordinated-post';
import { LEFT_TO_FOUND_FRAMES } from './founders-left-to-found';
import { CAREER_MOVE_FRAMES } from './leads-career-move';
import { COORDINATED_RUN_BY_FRAMES } from './leads-coordinated-run-by';
import { FOUNDING_COMPANION_FRAMES } from './founders-companion';
import { DESCRIBED_COMPANY_FOUNDER_FRAMES } from './founders-described-company';
import { OWN_VENTURE_FRAMES } from './founders-own-venture';
import { FRONTED_TOPIC_FRAMES } from './founders-fronted-topic';
import { JOINT_HEADS_FRAMES } from './founders-joint-heads';
import { FOUNDER_PARTNER_FRAMES } from './founders-partner';
import { DEAL_OBJECT_FOUNDER_FRAMES } from './founders-deal-object';
import { INTERIM_HEAD_FRAMES } from './leads-interim';
import { FOUNDER_SUCCESSION_FRAMES } from './founders-succession';
import { SPEAKER_TITLE_FRAMES } from './leads-speaker-title';
import { POST_HOLDER_FRAMES } from './leads-post-holder';
import { APPOINTED_POST_FRAMES } from './leads-appointed-post';
import { APPOSED_RELATIVE_FRAMES } from './founders-apposed-relative';
import { OBJECT_RELATIVE_FOUNDER_FRAMES } from './founders-object-relative';
import { OBJECT_RELATIVE_LEADS_FRAMES } from './leads-object-relative';
import { SERVES_AS_SECOND_CLAUSE_FRAMES } from './leads-serves-as-second-clause';
import { HANDED_OVER_FRAMES } from './leads-handed-over';
import { OWN_BOARD_FRAMES } from './leads-own-board';
import { BOARD_CHAIR_TITLE_FRAMES } from './leads-board-chair-title';
import { VENTURE_HEAD_FRAMES } from './leads-venture-run-by';
import { SOLD_RELATIVE_FRAMES } from './founders-sold-relative';
import { SPEAKER_REPORTED_COMPANY_FRAMES } from './leads-speaker-reported-company';

/** Below the pattern rules' 0.7–0.85: a pattern's reading of the same fact wins. */
const FRAME_CONFIDENCE = 0.65;

/** The words the active founding readers fire on ("set up", foundVerb): rule-screen.ts skips them elsewhere. */
const FOUND_VERB_CUE = anyWordOf([/^set$/, FOUND_FR, FOUND_EN]);

/** FOUNDED and LEADS read from the clause's shape (both languages); see README.md. */
export const FOUNDER_FRAMES = readerRules([
  {
    id: 'frame.founded.born-of-meeting',
    type: 'FOUNDED',
    read: readBornOfMeeting,
    // the reader fires only on these words
    neededWordPattern: anyWordOf([BORN_PARTICIPLE]),
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.passive',
    type: 'FOUNDED',
    read: readFoundedPassive,
    // the reader fires only on these words
    neededWordPattern: FOUND_PARTICIPLE,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.active',
    type: 'FOUNDED',
    read: readFoundedActive,
    // the reader fires only on these words
    neededWordPattern: FOUND_VERB_CUE,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.cofounder-with',
    type: 'FOUNDED',
    read: readCofounderOfNamed,
    // objectAfterPronounSubject reads only a founding verb
    neededWordPattern: FOUND_VERB_CUE,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.cofounder-with-topic',
    type: 'FOUNDED',
    read: readTopicCofounder,
    // objectAfterPronounSubject reads only a founding verb
    neededWordPattern: FOUND_VERB_CUE,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.object-relative',
    type: 'FOUNDED',
    read: readFoundedInObjectRelative,
    // objectAfterPronounSubject reads only a founding verb
    neededWordPattern: FOUND_VERB_CUE,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.fronted-title',
    type: 'FOUNDED',
    read: readFrontedFounderTitle,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.founder-topic',
    type: 'FOUNDED',
    read: readTopicFounder,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.passive',
    type: 'LEADS',
    read: readLeadsPassive,
    // the reader fires only on these words
    neededWordPattern: LEAD_PARTICIPLE,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.active',
    type: 'LEADS',
    read: readLeadsActive,
    // the reader fires only on these words
    neededWordPattern: anyWordOf([LEAD_FR, LEAD_EN]),
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.founder-still-heads',
    type: 'LEADS',
    read: readFounderStillLeads,
    neededWordPattern: FOUND_PARTICIPLE,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.post',
    type: 'LEADS',
    read: readLeaderPost,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.at-head',
    type: 'LEADS',
    read: readAtHead,
    // the head noun of "à la tête de" / "at the helm of", which every reading stands on
    neededWords: ['tête', 'helm', 'head'],
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.stays-at-head',
    type: 'LEADS',
    read: readStaysAtHead,
    // the head noun of "à la tête de" / "at the helm of", which every reading stands on
    neededWords: ['tête', 'helm', 'head'],
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  ...TOPIC_LEADS_FRAMES,
  {
    id: 'frame.leads.fronted-title',
    type: 'LEADS',
    read: readFrontedLeaderTitle,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.speaker-subject',
    type: 'FOUNDED',
    read: readSpeakerFoundedSubject,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.speaker-topic',
    type: 'FOUNDED',
    read: readSpeakerFoundedTopic,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.speaker-pointer',
    type: 'FOUNDED',
    read: readSpeakerFoundedPointer,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.speaker-pointer',
    type: 'LEADS',
    read: readSpeakerLeadsPointer,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.speaker-subject',
    type: 'LEADS',
    read: readSpeakerLeadsSubject,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.speaker-topic',
    type: 'LEADS',
    read: readSpeakerLeadsTopicUnquoted,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.speaker-quoted-company',
    type: 'LEADS',
    read: readSpeakerOfQuotedCompany,
    // the reader fires only on a leader's title word
    neededWordPattern: SPEAKER_LEADER_WORDS,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  ...FRONTED_APPOSED_FRAMES,
  ...INTERIM_PASSIVE_FRAMES,
  ...APPOINTED_SUBJECT_FRAMES,
  ...ARRIVAL_POST_FRAMES,
  ...FOUNDER_STILL_HEADS_FRAMES,
  ...COPULA_TITLE_FRAMES,
  ...COORDINATED_POST_FRAMES,
  ...LEFT_TO_FOUND_FRAMES,
  ...CAREER_MOVE_FRAMES,
  ...COORDINATED_RUN_BY_FRAMES,
  ...DESCRIBED_COMPANY_FOUNDER_FRAMES,
  ...OWN_VENTURE_FRAMES,
  ...FRONTED_TOPIC_FRAMES,
  ...JOINT_HEADS_FRAMES,
  ...FOUNDER_PARTNER_FRAMES,
  ...DEAL_OBJECT_FOUNDER_FRAMES,
  ...INTERIM_HEAD_FRAMES,
  ...FOUNDER_SUCCESSION_FRAMES,
  ...SPEAKER_TITLE_FRAMES,
  ...POST_HOLDER_FRAMES,
  ...APPOINTED_POST_FRAMES,
  ...APPOSED_RELATIVE_FRAMES,
  ...OBJECT_RELATIVE_FOUNDER_FRAMES,
  ...OBJECT_RELATIVE_LEADS_FRAMES,
  ...SERVES_AS_SECOND_CLAUSE_FRAMES,
  ...HANDED_OVER_FRAMES,
  ...OWN_BOARD_FRAMES,
  ...BOARD_CHAIR_TITLE_FRAMES,
  ...VENTURE_HEAD_FRAMES,
  ...SOLD_RELATIVE_FRAMES,
  ...FOUNDING_COMPANION_FRAMES,
  ...SPEAKER_REPORTED_COMPANY_FRAMES,
]);

import { readerRules } from '../rule';
import { readAtHead, readLeaderPost, readStaysAtHead } from './founders-post';
import { readTopicFounder, readTopicKeepsHead, readTopicLeaderTitle } from './founders-topic';
import { readFoundedActive, readFoundedPassive } from './founders-founded';
import { readCofounderOfNamed, readFoundedInObjectRelative, readTopicCofounder } from './founders-cofounder';
import {
  readFounderStillLeads,
  readFrontedFounderTitle,
  readFrontedLeaderTitle,
  readLeadsActive,
  readLeadsPassive,
} from './founders-leads';

/** Below the pattern rules' 0.7–0.85: a pattern's reading of the same fact wins. */
const FRAME_CONFIDENCE = 0.65;

/** FOUNDED and LEADS read from the clause's shape (both languages); see README.md. */
export const FOUNDER_FRAMES = readerRules([
  {
    id: 'frame.founded.passive',
    type: 'FOUNDED',
    read: readFoundedPassive,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.active',
    type: 'FOUNDED',
    read: readFoundedActive,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.cofounder-with',
    type: 'FOUNDED',
    read: readCofounderOfNamed,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.cofounder-with-topic',
    type: 'FOUNDED',
    read: readTopicCofounder,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.founded.object-relative',
    type: 'FOUNDED',
    read: readFoundedInObjectRelative,
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
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.active',
    type: 'LEADS',
    read: readLeadsActive,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.founder-still-heads',
    type: 'LEADS',
    read: readFounderStillLeads,
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
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.stays-at-head',
    type: 'LEADS',
    read: readStaysAtHead,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.bare-title-topic',
    type: 'LEADS',
    read: readTopicLeaderTitle,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.keeps-head-topic',
    type: 'LEADS',
    read: readTopicKeepsHead,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.fronted-title',
    type: 'LEADS',
    read: readFrontedLeaderTitle,
    source: 'p',
    target: 'org',
    confidence: FRAME_CONFIDENCE,
  },
]);

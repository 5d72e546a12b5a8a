import type { ReaderRuleSpec } from '../rule';
import { readTopicOpeningTitle } from './leads-topic-opening-title';
import { readTopicKeepsHead, readTopicLeaderTitle } from './founders-topic';
import {
  readTopicBoardChair,
  readTopicChairsBoard,
  readTopicFrontedTitle,
  readTopicTakesPost,
} from './leads-topic-posts';
import {
  BOARD_CHAIRED_NEEDED_WORDS,
  readTopicBoardChairedBy,
  readTopicRelativeChairsBoard,
  RELATIVE_CHAIR_NEEDED_WORDS,
} from './leads-board-chaired';

/** Level with founders.ts's FRAME_CONFIDENCE, below the pattern rules' 0.7–0.85: a pattern's reading wins. */
const TOPIC_FRAME_CONFIDENCE = 0.65;

/**
 * LEADS read from a post with no company named beside it ("P will stay on as managing director", "P, qui conserve
 * la présidence"): the company is the article's topic (topicTarget). Spread into founders.ts's FOUNDER_FRAMES at
 * their place in its order.
 */
export const TOPIC_LEADS_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.bare-title-topic',
    type: 'LEADS',
    read: readTopicLeaderTitle,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: TOPIC_FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.keeps-head-topic',
    type: 'LEADS',
    read: readTopicKeepsHead,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: TOPIC_FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.fronted-title-topic',
    type: 'LEADS',
    read: readTopicFrontedTitle,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: TOPIC_FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.opening-title-topic',
    type: 'LEADS',
    read: readTopicOpeningTitle,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: TOPIC_FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.takes-post-topic',
    type: 'LEADS',
    read: readTopicTakesPost,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: TOPIC_FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.board-chair-topic',
    type: 'LEADS',
    read: readTopicBoardChair,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: TOPIC_FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.chairs-board-topic',
    type: 'LEADS',
    read: readTopicChairsBoard,
    neededWords: ['préside', 'présidera', 'chairs', 'chair'],
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: TOPIC_FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.board-chaired-by-topic',
    type: 'LEADS',
    read: readTopicBoardChairedBy,
    neededWords: BOARD_CHAIRED_NEEDED_WORDS,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: TOPIC_FRAME_CONFIDENCE,
  },
  {
    id: 'frame.leads.relative-chairs-board-topic',
    type: 'LEADS',
    read: readTopicRelativeChairsBoard,
    neededWords: RELATIVE_CHAIR_NEEDED_WORDS,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: TOPIC_FRAME_CONFIDENCE,
  },
];

import { isLeaderTitle } from './people';

/**
 * "Federal Reserve Board Governor P", "a governor of the Federal Reserve Board, P": a board run by governors seats
 * several of them and is headed by its chairman, so a governor of a Board is one of its members, not its head. A
 * central bank's governor ("Bank of France Governor P") heads it and is left to the leader readings.
 */

/** The name of a body whose governors sit on a board: it ends in "Board" or is the Federal Reserve. */
const BOARD_BODY_NAME = /(?:^|\s)(?:board|federal\s+reserve(?:\s+system)?)$/i;
/** Every governor word of a title, taken out to see whether another leader's title stands there. */
const GOVERNOR_WORDS = /(?<![\p{L}\p{N}])(?:governors?|gouverneure?s?)(?![\p{L}\p{N}])/giu;

/** True when the only leader's title given to a person over `orgName` is a board's governor. */
export function boardMemberGovernor(orgName: string, title: string): boolean {
  if (!BOARD_BODY_NAME.test(orgName.trim())) return false;
  const withoutGovernor = title.replace(GOVERNOR_WORDS, ' ');
  return withoutGovernor !== title && !isLeaderTitle(withoutGovernor);
}

/**
 * A title held over a body inside an organisation — a committee, a council, a panel — heads that body, not the
 * organisation named around it: "CBI economic situation committee chairman P", "the party's executive council
 * chairman", "chairman of its audit committee", "président du comité d'audit de X". The board is left out on
 * purpose: "chairman of the board", "président du conseil d'administration" head the company.
 */
const BODY =
  '(?:committee|subcommittee|sub-committee|council|panel|caucus|task\\s+force|comité|sous-commission)';
const TITLE = '(?:chairman|chairwoman|chairperson|chair|head|president|chief|président|présidente)';

export const SUB_BODY_TITLE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${BODY}\\s+${TITLE}|${TITLE}\\s+(?:of|du|de\\s+la|de\\s+l['’])\\s*(?:the\\s+|its\\s+|their\\s+|son\\s+|sa\\s+|leur\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?${BODY})(?![\\p{L}\\p{N}])`,
  'giu',
);

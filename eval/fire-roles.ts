/**
 * Which FIRE designations make an employee a leader in GOLD-FORMAT's sense (LEADS: CEO, chief executive,
 * president, chairman, managing director, head of). Vice-presidents, vice-chairmen, deputies, CFOs and other
 * chief officers, directors and board members, spokespeople and committee chairs do not lead the company.
 */
const TOP_ROLE = /\b(chief executive|ceo|president|chairman|chairwoman|managing director|head of)\b/i;
/** Qualifiers that turn a top title into a lesser one ("Senior Vice President", "Deputy CEO"). */
const LESSER_QUALIFIER =
  /\b(vice|deputy|assistant|associate)[\s-]+(president|chairman|chairwoman|ceo|chief executive|managing director)\b/i;
/** A chair of a committee chairs the committee, not the company. */
const COMMITTEE = /\bcommittee\b/i;
/** "CEOs" names a group the person belongs to, not the role they hold at the company. */
const PLURAL_ROLE = /\b(ceos|presidents|chairmen)\b/i;

export function isTopRole(designation: string): boolean {
  const text = designation.replace(/\s+/g, ' ');
  if (COMMITTEE.test(text) || PLURAL_ROLE.test(text)) return false;
  // "President and Chief Executive Officer" keeps a top title even though "Vice President" elsewhere would not
  const stripped = text.replace(new RegExp(LESSER_QUALIFIER.source, 'gi'), ' ');
  return TOP_ROLE.test(stripped);
}

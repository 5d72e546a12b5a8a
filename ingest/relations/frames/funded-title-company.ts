/**
 * A headline that opens on the investors ("Siparex et la Banque des Territoires entrent au capital de Vracoop",
 * "Redshift Games leads $15m Series A in mobile studio Pixelforge", "Bpifrance soutient Textilia") is about the
 * company funded: the article's pointers ("la société", "the startup") and its topic rules stand for it, not for the
 * first investor, who is named again in the lead and would keep the topic through the next paragraph.
 */

/** The investor's verb and the preposition before the company, French: the company follows within a few words. */
const INVESTS_FR =
  /(?:\b(?:entre|entrent|entré|entrés) au capital|\b(?:investit|investissent|misent|mise|parie|parient)\b[^:;]*?|\bprend(?:nent)? (?:\d+(?:[,.]\d+)? ?%|une participation|part)[^:;]*?|\btour de table\b[^:;]*?)\s(?:de|du|d'|des|dans|sur|chez)\s?(?:\S+\s+){0,3}$/iu;
/** French verbs whose direct object is the company backed ("soutient Y", "renfloue Y", "finance Y"). */
const BACKS_FR =
  /\b(?:soutient|soutiennent|finance|financent|renfloue|renflouent|recapitalise|recapitalisent)\s+(?:(?:la|le|l'|les)\s?)?(?:\S+\s+){0,3}$/iu;
/** English: "invests $75m in", "leads $15m Series A in", "takes 15% stake in", "backs". */
const INVESTS_EN =
  /(?:\b(?:invests?|invested|investing)\b[^:;]*?|\b(?:leads?|led|co-leads?)\b[^:;]*?\b(?:round|series [a-z]|funding|financing|raise)\b[^:;]*?|\b(?:takes?|took|to take|buys?|bought)\b[^:;]*?\b(?:stake|holding)\b[^:;]*?)\s(?:in|into)\s(?:\S+\s+){0,3}$/iu;
const BACKS_EN = /\b(?:backs|back|funds|fund|bankrolls|bankroll)\s+(?:\S+\s+){0,3}$/iu;
/** Words of control: "prend le contrôle de", "takes over" — a purchase, whose buyer stays the headline's first. */
const CONTROL =
  /\b(?:contrôle|majorit|rachat|rachète|reprend|takes? over|control|majority|acquire|buys? out)/iu;

/**
 * Index in `orgs` (the headline's companies in order, `starts` their positions) of the company an investor-first
 * headline funds, or null when the headline is not told that way.
 */
export function fundedTitleCompany(title: string, starts: readonly number[]): number | null {
  for (let k = 1; k < starts.length; k++) {
    const before = title.slice(0, starts[k]);
    const gap = title.slice(starts[0], starts[k]);
    if (CONTROL.test(gap)) return null;
    // "Kessler-backed Voltgrid": a company named as another's backer is not the one funded
    if (/^\S*-backed\b/u.test(title.slice(starts[k]))) continue;
    if (INVESTS_FR.test(before) || BACKS_FR.test(before) || INVESTS_EN.test(before) || BACKS_EN.test(before))
      return k;
  }
  return null;
}

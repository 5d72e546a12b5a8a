/**
 * A holding in one of the deal's parties, told in an aside about it ("Harwell, which is 40% owned by Kerry Group,
 * bought Brennan", "Arvel, détenu à 30 % par Bpifrance, a racheté Sodimat", "X, dont l'État détient 34 %, …"), is
 * that holder's stake, not the share the deal moves: the buyer's own shareholder does not make its takeover a
 * minority purchase. Such a figure is blanked for a deal unless the holder it names is one of the deal's parties
 * (then the aside is the deal: "Kerry Group → Harwell, 40%"). The same holds for a party's own holding in a company
 * the deal is not about ("Kerry, which owns 40% of Harwell, bought Brennan").
 */

const PERCENT = String.raw`\d{1,3}(?:[.,]\d+)?\s?(?:%|pct\b|per\s?cent\b|pour\s?cent\b)`;
/** "40% owned by H", "40%-owned by H", "40 pct-owned by H": the holder follows. */
const OWNED_BY_EN = new RegExp(String.raw`(${PERCENT})(?:\s*-\s*|\s+)owned\s+by\s+`, 'giu');
/** "détenu à 30 % par H", "contrôlée à hauteur de 30 % par H", "filiale à 60 % de H": the holder follows. */
const HELD_BY_FR = new RegExp(
  String.raw`(?:détenu|détenue|détenus|détenues|contrôlé|contrôlée|contrôlés|contrôlées|possédé|possédée|filiale)\s+à\s+(?:hauteur\s+de\s+)?(?:(?:près\s+de|environ|plus\s+de)\s+)?(${PERCENT})\s+(?:par|de|du|des|d['’])\s*`,
  'giu',
);
/** "in which H holds 40%", "dont H détient 30 %": the holder stands between the relative and the verb. */
const WHOSE_HOLDER = new RegExp(
  String.raw`(?<![\p{L}])(?:in\s+which|of\s+which|dont)\s+([^,;.]{1,60}?)\s+(?:holds|owns|has|had|held|owned|détient|détenait|possède|possédait)\s+(?:(?:about|some|roughly|around|nearly|almost|a|an|environ|près\s+de|plus\s+de)\s+)?(${PERCENT})`,
  'giu',
);
/**
 * "X, which owns 40% of H, bought Y": X's holding in H, a company this deal may not be about (H follows); French puts
 * "déjà" after the verb ("qui détient déjà 35 % de H").
 */
const OWNS_OF = new RegExp(
  String.raw`(?<![\p{L}])(?:which|that|who|qui)\s+(?:already\s+|déjà\s+)?(?:owns|holds|held|owned|détient|détenait|possède|possédait)\s+(?:déjà\s+|encore\s+)?(?:(?:about|some|roughly|around|nearly|almost|environ|près\s+de|plus\s+de)\s+)?(${PERCENT})\s+(?:of|de|du|des|d['’])\s*`,
  'giu',
);
/**
 * What every holding regex above needs: a figure's last digit, maybe a space, then its percent word. A text without
 * one is returned as it is without running the four (most sentences a deal rule reads name no percentage).
 */
const PERCENT_FIGURE = /\d\s?(?:%|pct|per\s?cent|pour\s?cent)/iu;
/** The holder named after the figure ends at the clause's next stop. */
const HOLDER_END = /[,;.()]|\s(?:and|et|which|qui|since|depuis)\s/u;
/** Most characters read for a holder's name. */
const HOLDER_CHARS = 80;

/** Whether the holder text names one of the deal's parties. */
function namesParty(holder: string, parties: readonly string[]): boolean {
  return parties.some((p) => p.length > 1 && holder.includes(p));
}

/** `text` with the figure at [at, at + length) replaced by spaces (same length, so offsets hold). */
function blank(text: string, at: number, length: number): string {
  return text.slice(0, at) + ' '.repeat(length) + text.slice(at + length);
}

/** The text with every holding of a non-party in a party blanked; unchanged when no party is known. */
export function withoutOutsideHoldings(text: string, parties: readonly string[]): string {
  if (parties.length === 0 || !PERCENT_FIGURE.test(text)) return text;
  let out = text;
  for (const re of [OWNED_BY_EN, HELD_BY_FR, OWNS_OF]) {
    for (const m of text.matchAll(re)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + HOLDER_CHARS);
      const stop = HOLDER_END.exec(after);
      // the holder, or for "owns N% of H" the company held: a party there makes the aside this deal's own
      const named = stop ? after.slice(0, stop.index) : after;
      if (namesParty(named, parties)) continue;
      out = blank(out, m.index + m[0].indexOf(m[1]), m[1].length);
    }
  }
  for (const m of text.matchAll(WHOSE_HOLDER)) {
    if (namesParty(m[1], parties)) continue;
    out = blank(out, m.index + m[0].length - m[2].length, m[2].length);
  }
  return out;
}

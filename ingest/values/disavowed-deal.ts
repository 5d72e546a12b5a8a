/**
 * "The bank said it had no plans to take control of Y", "X does not intend to buy Y", "X n'a pas l'intention de
 * racheter Y": a deal verb governed by a disclaimed intention is told only to be ruled out, so no deal is stated.
 * The cue must govern the deal verb (a few words apart at most), so "X bought Y and has no plans to sell it" keeps
 * the purchase; and it must stand in the fact's own clause or just before it.
 */
const DEAL_VERB =
  "(?:acqui\\p{L}*|buy\\p{L}*|purchas\\p{L}*|take|taking|bid|bidding|merge|merging|launch\\p{L}*|make|makes|making|seek\\p{L}*|rachet\\p{L}*|racheter|reprendre|acquérir|prendre|fusionner|lancer|déposer|s['’]emparer|monter)";

const DISAVOWED = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    [
      // "no plans / no intention / not planning / does not intend (to)"
      '(?:no|any)\\s+(?:current\\s+|immediate\\s+)?(?:plans?|intentions?|interest)\\s+(?:to|of|in)',
      "(?:does|do|did|is|was|were|are)\\s*(?:not|n['’]t)\\s+(?:intend|plan|planning|expect|seeking|seek)\\s+to",
      'ruled\\s+out',
      'rules\\s+out',
      // "n'a pas l'intention de", "n'envisage pas de", "aucune intention de", "exclut de"
      "n['’](?:a|ont|avait|avaient)\\s+(?:pas|aucune)\\s+(?:l['’])?intention\\s+d",
      'aucune?\\s+(?:intention|projet)\\s+d',
      "n['’](?:envisage|envisagent|envisageait|compte|comptent|entend|entendent)\\s+pas\\s+d?",
      'exclu(?:t|ent|ait)?\\s+d',
    ].join('|') +
    `)(?:[\\s'’]+\\p{L}+){0,3}?[\\s'’]+${DEAL_VERB}(?![\\p{L}\\p{N}])`,
  'iu',
);

/**
 * "This is not a takeover of Y by X", "ce n'est pas un rachat de Y": the deal noun is the predicate of a denied
 * copula, so the deal is named only to be ruled out ("this is not only a merger" is no denial).
 */
const DENIED_DEAL_NOUN = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    [
      "(?:is|was|are|were)\\s*(?:not|n['’]t)\\s+(?:a|an)\\s+(?:takeover|acquisition|merger|buyout|purchase|sale)",
      "n['’](?:est|était|sera|serait)\\s+pas\\s+(?:un|une)\\s+(?:rachat|fusion|acquisition|reprise|absorption|cession|prise\\s+de\\s+contrôle)",
    ].join('|') +
    // "not a merger but a takeover", "pas un rachat hostile": the denial corrects the deal's kind, not its being
    ')(?!\\s+(?:hostile|inamical\\p{L}*))(?![\\p{L}\\p{N}])(?![^.;]*?(?<![\\p{L}])(?:but|mais|rather|plutôt|instead)(?![\\p{L}]))',
  'iu',
);

/** Clause breaks before the fact's clause: a disclaimer told there belongs to another fact. */
const CLAUSE_BREAK =
  /;|,\s+(?:and|but|while|whereas|et|mais|tandis)\s|\s(?:but|while|whereas|mais|tandis que)\s/giu;

/** True when the fact told in `clause` (part of `sentence`) is a deal the text says nobody intends. */
export function disavowedDeal(sentence: string, clause: string): boolean {
  const at = sentence.indexOf(clause);
  const head = at < 0 ? '' : sentence.slice(0, at);
  let from = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  const scope = head.slice(from) + clause;
  return DISAVOWED.test(scope) || DENIED_DEAL_NOUN.test(scope);
}

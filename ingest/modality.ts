import type { DealStatus } from './types';
import { attemptedDeal, deniedDeal, withoutTalksBeforeCommitment } from './deal-attempt';
import { disavowedDeal } from './values/disavowed-deal';
import { withoutCompanyCollapse } from './values/company-collapse';
import { memoByTextPair } from './values/text-memo';
import { oneLine, statesOffer, TAKEN_BACK, unacceptedOffer } from './offer-status';

/** Cues in the sentence that says a deal is off, only talked about, signed but not closed, or done. */
const ABANDONED =
  /(?<![\p{L}\p{N}])(terminat\p{L}*|called off|call off|walked away|withdr(?:ew|aws|awing)|withdrawal(?!\s+rights)|withdrawn|abandon\p{L}*|rejected|rejet\p{L}*|refus\p{L}*|renonc\p{L}*(?!\s+à\s+(?:son|sa|ses|leur|leurs)\s+(?:siège|poste|mandat|fonctions?|droits?))|annul\p{L}*|cancel\p{L}*|échou\p{L}*|scrapped|scraps|scrap|broke off|(?:dropped|shelved|ditched|gave up|gives up|giving up|give up)(?: on)? (?:(?:its|the|their|a|an|his|her) )?(?:\p{L}+ )?(?:bids?|offers?|plans?|proposals?|pursuit|attempts?|approach)|pulled out of|backed out of|lapsed|démenti\p{L}*|denied|denies|suspend\p{L}*|rebuffed|spurned|turned down|voted (?:\p{L}+ ){0,2}down|voted against|failed (?:\p{L}+ )?(?:bid|offer|attempt|approach|takeover|merger)|fail(?:ed|s|ing) to (?:buy|acquire|purchase|take over|win|clinch|merge)|unsuccessful|avorté\p{L}*|fell through|fell apart|collapsed|blocked|bloqu\p{L}*|capot\p{L}*|ended (?:its|the|their) (?:\p{L}+ )?(?:offer|bid)|(?:a|ont) retiré (?:son|sa|leur|l['’])|retirer (?:son|sa|leur|ses|leurs) (?:offres?|propositions?|candidatures?)|jet\p{L}* l['’]éponge|(?:mis|met|mettent) fin|sans (?:aboutir|succès|(?:(?:y |lui |leur )?donner )?suite|résultat)|(?:n['’]|n['’]ont |n['’]a |n['’]avait |n['’]avaient )(?:pas|jamais) (?:abouti|réussi à (?:racheter|reprendre|acquérir|conclure|boucler|finaliser|s['’]emparer|prendre le contrôle))|without success|to no avail|came to nothing|went nowhere|decided against|decides against|opted against|(?:decided|decides|chose|chosen) not to|impossible)(?![\p{L}\p{N}])/iu;
/**
 * A paper's account of what it heard: "The Sunday Telegraph reported at the weekend that A had …", "Sky News
 * reported in June that …". The press reports a rumour; a company states its own deal ("said it had agreed").
 */
const PRESS_REPORT = String.raw`reported(?:\s+[\p{L}\p{N}]+){0,4}\s+that`;
/** An owner or a buyer testing the ground ("had sounded out A about combining it with B", "a sondé B"): no deal. */
const SOUNDING_OUT = String.raw`sound(?:ed|s|ing)?\s+out|sondée?s?|sonder`;
/** Rumour and deliberation cues: thinking of, studying, weighing or mulling a deal tells an idea, not a deal. */
const RUMOURED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(rumou?r\p{L}*|rumeur\p{L}*|talks|pourparlers|négociations?|discussions?|discuté|discutait|discutaient|discutent|discussed|pourrai\p{L}*|envisag\p{L}*|considering|considers|exploring|explore|said to be|people familiar|sources? (?:said|close)|selon (?:des|nos|plusieurs) sources|serai\p{L}*|aurai\p{L}*|may (?:bid|buy|acquire|sell)|might|could|possible|potential|speculat\p{L}*|spéculat\p{L}*|étudie\p{L}*|would consider|interested in|intéress\p{L}*|(?:thinking|thought) (?:of|about)|studying|studies|weigh(?:s|ing) (?:an?|the|its|their|whether|options|possible|selling|buying|acquiring|bids?|offers?)|mull(?:s|ing)|contemplat(?:es|ing)|ponder(?:s|ing)|eye(?:s|ing)|réfléchi(?:t|ssent|ssait) à|song(?:e|ent|eait) à|${PRESS_REPORT}|${SOUNDING_OUT})(?![\p{L}\p{N}])`,
  'iu',
);
/**
 * An open question or a mere readiness is no deal: "has made no decision as to whether it would want to be lead
 * partner in a joint purchase of Y", "was prepared to discuss an acquisition", "is willing to sell", "n'a pas
 * encore décidé", "se dit prêt à discuter". A decision taken ("decided to sell") is not one of these.
 */
const UNDECIDED =
  /(?<![\p{L}\p{N}])(?:(?:made|reached|taken)\s+no\s+(?:final\s+)?decision|no\s+(?:final\s+)?decision\s+(?:has|had)\s+been|(?:has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:decided|determined)|(?:is|are|was|were)\s+undecided|(?:prepared|willing|ready|open)\s+to\s+(?:discuss|consider|negotiate|talk|entertain|explore|review)|n['’](?:a|ont|avait)\s+pas\s+(?:encore\s+)?(?:décidé|tranché|pris\s+(?:de|sa|leur)\s+décision)|(?:prêts?|prêtes?|disposée?s?|ouverte?s?)\s+à\s+(?:discuter|négocier|étudier|examiner|envisager))(?![\p{L}\p{N}])/iu;

/**
 * French reported speech: a deal verb in the conditional ("X rachèterait Y", "négocierait le rachat de Y") tells
 * what the paper heard, not a deal made. "devrait" stays a pending cue (an agreed deal expected to close).
 */
const REPORTED_FR =
  /(?<![\p{L}\p{N}])(?:(?:n[ée]goci|rach[eè]t|ach[eè]t|c[eéè]d|fusionn|absorb|empar|rapproch|adoss|int[eé]gr)e|(?:re)?prend|vend|acquer)r(?:ait|aient)(?![\p{L}\p{N}])/iu;

const PENDING =
  /(?<![\p{L}\p{N}])(agreed|agrees|agree to|agreement|accord|a signé|signé|letter of intent|lettre d['’]intention|in principle|subject to|sous réserve|will|to acquire|to buy|to sell|plans to|intends to|va |vont |compte|should|expected to|devrait|tentative\p{L}*|definitive|proposed|projet|pending|approval|feu vert|autorités)(?![\p{L}\p{N}])/iu;
const COMPLETED =
  /(?<![\p{L}\p{N}])(acquired|bought|purchased|completed|closed|sold|took over|merged|a racheté|ont racheté|a acquis|ont acquis|a repris|a cédé|a finalisé|a bouclé|a pris|a été|ont été|est passé|finalisé|bouclé|has raised|raised|a levé|ont levé|vient de)(?![\p{L}\p{N}])/iu;

/**
 * A French purchase told in a past tense with its auxiliary apart from "a/ont" or with adverbs between: the
 * pluperfect ("X avait racheté Y en 2019", "avaient déjà acquis"), a passive past ("Y a depuis été repris par X").
 * Done, as "a racheté" is.
 */
const COMPLETED_FR_PAST =
  /(?<![\p{L}\p{N}])(?:a|ont|avait|avaient)\s+(?:(?:déjà|depuis|ensuite|finalement|alors|aussi|également)\s+){0,2}(?:été\s+)?(?:rachet(?:é|ée|és|ées)|acquis(?:e|es)?|repris(?:e|es)?|absorb(?:é|ée|és|ées)|cédé(?:e|s|es)?)(?![\p{L}\p{N}])/iu;

/**
 * A signed commitment is a deal even while talks go on about the rest ("signed a letter of intent to acquire Y;
 * talks on a definitive agreement continue"): signed/reached/entered into + letter of intent, agreement in
 * principle, definitive or merger agreement; "agreed in principle"; "a signé un protocole d'accord / une lettre
 * d'intention".
 */
const SIGNED =
  /(?<![\p{L}\p{N}])(?:(?:signed|reached|entered into|executed)\s+(?:a|an|the)\s+(?:\p{L}+\s+)?(?:letter of intent|agreement in principle|definitive agreement|merger agreement)|agreed in principle|(?:a|ont)\s+signé\s+(?:un|une|le|la)\s+(?:protocole d['’]accord|lettre d['’]intention|accord définitif))(?![\p{L}\p{N}])/iu;

/** Talk words a signed commitment outweighs; any other rumour cue ("a potential acquisition") still wins. */
const TALK =
  /(?<![\p{L}\p{N}])(?:talks|pourparlers|négociations?|negotiations?|discussions?)(?![\p{L}\p{N}])/giu;

function signedDeal(sentence: string): boolean {
  const at = sentence.search(SIGNED);
  if (at < 0 || TAKEN_BACK.test(sentence.slice(0, at))) return false;
  return !RUMOURED.test(sentence.replace(TALK, ' '));
}

/**
 * "No longer" ends a state, not always the deal: "Y's operations, now part of X, no longer appear separately"
 * tells a purchase that happened. It marks the deal off only inside the deal's own clause.
 */
const ENDED_IN_CLAUSE = /(?<![\p{L}\p{N}])(no longer)(?![\p{L}\p{N}])/iu;

/**
 * The status a deal stated in `told` carries; talk and refusal never read as a done deal, nor does an offer
 * the sentence does not say was taken. `toldClause`, the part of the sentence that states the deal, bounds the cues
 * that may belong to another fact of the sentence.
 */
export function dealStatus(told: string, toldClause: string = told): DealStatus {
  return statusOf(told, toldClause);
}

/** Every rule that matches a sentence asks its status again: read once per sentence and clause. */
const statusOf = memoByTextPair(readDealStatus);

/** Words that tell how a story ended after an attempt failed ("finalement tombé dans l'escarcelle de Z"). */
const OUTCOME_CONTRAST =
  /(?<![\p{L}\p{N}])(?:finalement|au final|en fin de compte|eventually|ultimately|in the end|instead)(?![\p{L}\p{N}])/iu;

/**
 * "X avait échoué à racheter Y, finalement tombé dans l'escarcelle de Z", "X failed to buy Y, which eventually
 * went to Z": the failure is another bidder's when the deal's own clause, free of it, tells the outcome.
 */
function outcomeAfterFailure(sentence: string, clause: string, attempt: RegExp = ABANDONED): boolean {
  if (clause === sentence || attempt.test(clause)) return false;
  const contrast = OUTCOME_CONTRAST.exec(clause);
  if (!contrast) return false;
  const failure = attempt.exec(sentence);
  const at = sentence.indexOf(clause);
  return failure !== null && at >= 0 && failure.index < at + contrast.index;
}

/**
 * A party named among those bidding is no buyer yet: "X a été cité parmi les candidats au rachat de Y", "X est
 * candidat à la reprise de Y", "one of the suitors for Y". When the sentence goes on to tell who won ("…, finalement
 * tombée dans l'escarcelle de Z"), that outcome's own clause is a deal (outcomeAfterFailure).
 */
const CANDIDACY =
  /(?<![\p{L}\p{N}])(?:candidat\p{L}*\s+(?:à|au|aux|pour)|prétendants?\s+(?:à|au|aux)|(?:among|one of)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:bidders|suitors|contenders|candidates)|shortlisted)(?![\p{L}\p{N}])/iu;

/** A commitment made: the deal is agreed or signed, whatever the talks before it. */
const COMMITTED =
  /(?<![\p{L}\p{N}])(?:agreed|agree to|signed|signé\p{L}*|conclu\p{L}*|merger agreement|definitive agreement|accord (?:de fusion|définitif|de rapprochement|ferme))(?![\p{L}\p{N}])/iu;
/** A phrase placing the deal after an earlier event: "un an après l'échec de …", "a year after talks collapsed". */
const AFTER_EARLIER =
  /(?:,\s*)?((?:[\p{L}\p{N}]+\s+){0,2}?(?:ans?|mois|semaines?|years?|months?|weeks?)\s+)?(?<![\p{L}\p{N}])(?:après|after|following)\s/iu;
/** The word every AFTER_EARLIER match ends on, with the same boundary before it. */
const AFTER_WORD = /(?<![\p{L}\p{N}])(?:après|after|following)\s/iu;
/**
 * Words that make what follows "after" an earlier round or another bidder's attempt, not this deal's fate ("after
 * shareholders voted it down", "after a rival offer from Z lapsed", "après le retrait de l'offre concurrente de Z").
 */
const EARLIER_ROUND =
  /(?<![\p{L}\p{N}])(?:earlier|previous|prior|first|initial|premi\p{L}+|précédent\p{L}*|ancien\p{L}*|rival\p{L}*|competing|concurrent\p{L}*|counter-?(?:bids?|offers?|proposals?)|counterbids?|counteroffers?|contre-offres?)(?![\p{L}\p{N}])/iu;
/** A deal closed or won: like a commitment, its fate is told before an "after" that recalls someone else's failure. */
const CLOSED =
  /(?<![\p{L}\p{N}])(?:completed|closed|finalis\p{L}*|finaliz\p{L}*|bouclé\p{L}*|won|remporté\p{L}*)(?![\p{L}\p{N}])/iu;

/**
 * "A et B ont signé un accord de fusion, un an après l'échec de premières discussions": a failed or merely talked
 * earlier round, told after the commitment, is the deal's history, not its status. The status is then read on the
 * sentence up to that phrase; a head that itself doubts or ends the deal keeps the whole sentence.
 */
export function withoutEarlierRound(sentence: string): string {
  // AFTER_EARLIER tries its optional time span at every offset: a sentence without its word cannot match
  if (!AFTER_WORD.test(sentence)) return sentence;
  const m = AFTER_EARLIER.exec(sentence);
  if (!m) return sentence;
  const head = sentence.slice(0, m.index);
  const tail = sentence.slice(m.index);
  if (!(COMMITTED.test(head) || CLOSED.test(head)) || ABANDONED.test(head) || RUMOURED.test(head))
    return sentence;
  // a time span before "after" ("un an après") or an earlier round named after it dates the failure before the deal
  if (m[1] === undefined && !EARLIER_ROUND.test(tail)) return sentence;
  return ABANDONED.test(tail) || RUMOURED.test(tail) ? head : sentence;
}

function readDealStatus(told: string, toldClause: string): DealStatus {
  // wire copy breaks lines inside phrases ("raised\nits stake"): cues are read over single spaces
  // a company gone bust is no deal called off (values/company-collapse.ts)
  const sentence = withoutEarlierRound(withoutCompanyCollapse(oneLine(told)));
  const clause = withoutEarlierRound(withoutCompanyCollapse(oneLine(toldClause)));
  if ((ABANDONED.test(sentence) && !outcomeAfterFailure(sentence, clause)) || ENDED_IN_CLAUSE.test(clause))
    return 'abandoned';
  if (disavowedDeal(sentence, clause) || deniedDeal(sentence)) return 'abandoned';
  if (CANDIDACY.test(sentence) && !outcomeAfterFailure(sentence, clause, CANDIDACY)) return 'rumoured';
  if (signedDeal(sentence)) return 'pending';
  // talks told as the road to a commitment ("After months of talks, X agreed …") are no rumour of it
  const told1 = withoutTalksBeforeCommitment(
    sentence,
    (rest) => COMMITTED.test(rest),
    (p) => ABANDONED.test(p),
  );
  if (
    RUMOURED.test(told1) ||
    UNDECIDED.test(told1) ||
    REPORTED_FR.test(told1) ||
    attemptedDeal(told1) ||
    unacceptedOffer(told1, clause)
  )
    return 'rumoured';
  // an offer taken is agreed, not yet closed
  if (PENDING.test(sentence) || (statesOffer(sentence) && !COMPLETED.test(sentence)))
    return /(?<![\p{L}\p{N}])(completed|closed|finalisé|a finalisé)(?![\p{L}\p{N}])/iu.test(sentence)
      ? 'completed'
      : 'pending';
  if (COMPLETED.test(sentence) || COMPLETED_FR_PAST.test(sentence)) return 'completed';
  return 'announced';
}

/** Confidence is cut for statuses that say the deal may never happen. */
export const STATUS_CONFIDENCE_FACTOR: Record<DealStatus, number> = {
  completed: 1,
  announced: 1,
  pending: 0.95,
  rumoured: 0.6,
  abandoned: 0.6,
};

/**
 * A later sentence that points back at the offer: the offer noun after a determiner or a possessive
 * ("the offer", "Hale's bid", "its proposal", "l'offre"), or "it" right after the verdict ("accepted it").
 */
const OFFER_REFERENCE =
  /(?<![\p{L}\p{N}])(?:(?:the|this|that)\s+(?:[\p{L}$.,-]+\s+){0,3}(?:offers?|bids?|proposals?|approach|takeover|merger|tender)|l['’](?:offre|OPA|OPE)|(?:la|cette)\s+(?:offre|proposition))(?![\p{L}\p{N}])/iu;
const VERDICT_ON_IT =
  /(?<![\p{L}\p{N}])(?:accepted|accepts|recommended|recommends|approved|endorsed|rejected|rejects|refused|turned\s+down|rebuffed|spurned)\s+it(?![\p{L}\p{N}])/iu;
/** The target or its board took the offer: it becomes an agreed deal, not yet closed. */
const ACCEPTANCE =
  /(?<![\p{L}\p{N}])(accept(?:ed|s|ing)?|recommend(?:ed|s|ing)?|approved|approves|endorsed|endorses|welcomed|a accepté|ont accepté|accepte|recommand(?:e|é|ent)|approuv(?:e|é|ent))(?![\p{L}\p{N}])/giu;
/** The offer was turned away or taken back. */
const REFUSAL =
  /(?<![\p{L}\p{N}])(reject\p{L}*|refus\p{L}*|turned\s+down|rebuffed|spurned|withdr(?:ew|awn|aws)|dropped|terminated|abandon\p{L}*|called\s+off|(?:will|would|does|did|could)\s*(?:not|n['’]t)\s+accept|rejet\p{L}*|retiré\p{L}*)(?![\p{L}\p{N}])/giu;

/** A verdict still to come or only expected ("will recommend", "close to accepting") is none yet. */
const NOT_YET =
  /(?<![\p{L}\p{N}])(?:will|shall|close\s+to|expected\s+to|likely\s+to|ready\s+to|set\s+to)\s+(?:\p{L}+\s+){0,2}$/iu;

function firmCue(cue: RegExp, sentence: string): boolean {
  for (const m of sentence.matchAll(cue)) {
    const before = sentence.slice(0, m.index);
    if (!TAKEN_BACK.test(before) && !NOT_YET.test(before)) return true;
  }
  return false;
}

/** What a later sentence says of the offer: taken, turned away, or nothing (it is about something else). */
/** When only a party's name ties the sentence to the offer, only words said of offers count. */
const NAMED_ACCEPTANCE =
  /(?<![\p{L}\p{N}])(?:accept(?:ed|s)?|recommend(?:ed|s)?|endorsed|endorses)\s+(?:it|the|this|that)(?![\p{L}\p{N}])/giu;
const NAMED_REFUSAL =
  /(?<![\p{L}\p{N}])(reject\p{L}*|refus\p{L}*|turned\s+down|rebuffed|spurned|rejet\p{L}*)(?![\p{L}\p{N}])/giu;

/**
 * Holders committing their shares to the offer ("has irrevocably agreed to tender its shares", "s'est engagée à
 * apporter ses titres"): the offer is taken, whoever is named.
 */
const TENDER_COMMITMENT =
  /(?<![\p{L}\p{N}])(?:(?:agreed|agrees|committed|commits|undertaken|undertook|pledged)\s+to\s+tender|(?:engagée?s?|engagent)\s+à\s+apporter)(?![\p{L}\p{N}])/giu;

function laterVerdict(later: string, parties: string[]): 'pending' | 'abandoned' | null {
  const text = oneLine(later);
  if (firmCue(TENDER_COMMITMENT, text)) return 'pending';
  const offer = OFFER_REFERENCE.test(text) || VERDICT_ON_IT.test(text);
  if (!offer && !parties.some((p) => p.length > 1 && text.includes(p))) return null;
  // a refusal outweighs a word of welcome in the same sentence ("welcomed the interest but rejected the bid")
  if (firmCue(offer ? REFUSAL : NAMED_REFUSAL, text)) return 'abandoned';
  if (firmCue(offer ? ACCEPTANCE : NAMED_ACCEPTANCE, text)) return 'pending';
  return null;
}

/**
 * The status of a deal told in `told`, read on in `following` (the next sentences of the story, nearest first):
 * an offer nobody took in its own sentence becomes pending when a later sentence that refers back to it (the
 * offer noun, "it", a party's name among `parties`) says it was accepted or recommended, abandoned when it says
 * it was rejected. Sentences that do not refer back change nothing; the first verdict wins.
 */
export function dealStatusInStory(
  told: string,
  toldClause: string,
  following: readonly string[],
  parties: readonly string[] = [],
): DealStatus {
  const status = dealStatus(told, toldClause);
  if (status !== 'rumoured' || !awaitsVerdict(told, toldClause)) return status;
  for (const later of following) {
    const verdict = laterVerdict(later, [...parties]);
    if (verdict !== null) return verdict;
  }
  return status;
}

/** A rumoured deal that later sentences may settle: an offer nobody took yet, with no other rumour cue. */
const awaitsVerdict = memoByTextPair((told: string, toldClause: string): boolean => {
  const sentence = oneLine(told);
  return !RUMOURED.test(sentence) && unacceptedOffer(sentence, oneLine(toldClause));
});

import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Token } from '../tokens';
import type { DiscourseState } from './discourse-state';

/**
 * "X a racheté Y. Son PDG, P, restera en poste", "Y was bought by X. Its chief executive, P, will stay on": after a
 * takeover, the boss the news says stays in post is the bought company's — the buyer's own boss staying is no news.
 * So a leader's possessive in a sentence that keeps a boss in post, right after an acquisition, is the deal's target,
 * whichever company the sentence before ended or opened on. Not when the sentence names a company itself ("restera à
 * la tête du groupe X"), nor when it keeps something else ("reste convaincu", "conserve 30 % des parts").
 */

/** Verbs that keep someone where they are. */
const STAY =
  /^(reste|restera|resteront|restent|demeure|demeurera|conserve|conservera|garde|gardera|stay|stays|remain|remains|continue|continues|retain|retains|keep|keeps)$/;
/**
 * What a boss kept in post keeps: the post itself ("en poste", "aux commandes", "ses fonctions", "la présidence",
 * "président du conseil"), or the English particle of staying in a job ("stay on", "remain in charge", "at the helm",
 * "as chief executive", "to run the business").
 */
const POST =
  /^(poste|place|commandes|tête|fonctions|barre|rênes|manettes|direction|présidence|président|présidente|directeur|directrice|pdg|dg|gérant|gérante|patron|patronne|on|charge|helm|role|post|position|job|chief|ceo|chairman|chairwoman|president|managing|head|run|lead)$/;
/** Most tokens between the staying verb and its post ("restera, comme prévu, en poste"; "will stay on as"). */
const MAX_POST_DISTANCE_TOKENS = 4;
/**
 * Most sentences between the acquisition and the kept boss: the next sentence, or the one after when a sentence on
 * the deal's other parties (the sellers, the stake left over) stands between.
 */
const MAX_SENTENCES_SINCE_DEAL = 2;

/** The sentence keeps someone in post: a staying verb with a post (or the particle of a job) right after it. */
export function keepsPost(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!STAY.test(tokens[k].lower)) continue;
    const after = tokens.slice(k + 1, k + 1 + MAX_POST_DISTANCE_TOKENS);
    if (after.some((t) => POST.test(t.lower))) return true;
  }
  return false;
}

/**
 * The target of the acquisition told in the last sentences, when this sentence keeps a boss in post and names no
 * company of its own; else null.
 */
export function keptPostTarget(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  index: EntityIndex,
  state: DiscourseState,
): number | null {
  const deal = state.lastAcquisition;
  if (deal === null || state.sentencesRead - deal.sentence > MAX_SENTENCES_SINCE_DEAL) return null;
  if (mentions.some((m) => index.entities[m.entity].type === 'Organization')) return null;
  return keepsPost(tokens) ? deal.target : null;
}

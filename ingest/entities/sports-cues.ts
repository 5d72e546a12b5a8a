import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import { wordSet } from './lexicon-common';

/**
 * Encyclopaedic French writes a player's career as moves between clubs ("il évolue au X", "rejoint l'X",
 * "signe un contrat avec le X", "au club belge du X"): the name in that slot is a club. The slot only counts in
 * a sentence that speaks of sport, since "rejoint le X" and "quitte le X" also join parties and bands.
 */

/** Words that make a sentence a sports one (lower case). */
const SPORTS_WORDS = wordSet(`
club | clubs | saison | saisons | match | matchs | matches | championnat | championnats | joueur | joueuse | joueurs
entraîneur | entraîneuse | buts | contrat | transfert | transféré | transférée | prêté | prêtée | attaquant
défenseur | gardien | ailier | repêché | repêchée | ballotage | manches | lanceur | frappeurs | évolue | évoluait
évoluer | évolué | footballeur | hockeyeur | basketteur | rugbyman | playoffs | relégué | titularisé | recrue
essais | passes | rencontres | repêchage | sélectionneur | football | basket-ball | hockey | rugby | handball
baseball | volley-ball | coach
`);

/** Verbs of a player's move or stay; the club follows after prepositions and articles only. */
const CLUB_MOVE_VERBS = wordSet(`
évolue | évoluait | évoluer | évolué | évoluant | joue | jouait | jouer | joué | jouant | signe | signé | signer
signait | signant | rejoint | rejoindre | rejoignant | rejoignit | rejoignait | transféré | transférée | prêté
prêtée | recruté | recrutée | engagé | engagée | engage | quitte | quitter | quitté | quittant | retourne
retourner | retourné | revient | revenir | revenu | entraîne | entraîner | entraîné | entraînait | dirige
diriger | dirigé | réclamé | réclamée | échangé | échangée | repêché | repêchée | libéré | libérée
`);

/** Words that may stand between the move verb and the club ("signe un contrat de deux ans avec le"). */
const SLOT_FILLERS = wordSet(`
au | aux | à | l' | le | la | les | avec | pour | chez | en | faveur | du | de | d' | des | par | actuellement
désormais | alors | ensuite | encore | finalement | puis | toujours | également | aussi | un | une | contrat
an | ans | saison | saisons | deux | trois | quatre | cinq | mois | s' | se | nouveau | nouveaux | au sein
sein | retour | prêt | professionnel | premier | première
`);

/** Articles, bare or contracted with "à/de", that a club's name takes. */
export const CLUB_ARTICLES: ReadonlySet<string> = new Set(['au', 'aux', 'du', "l'", 'le', 'la', 'les']);
const REFLEXIVES = new Set(['se', "s'"]);
/** How far back the move verb may stand, in tokens. */
const MOVE_VERB_LOOKBACK_TOKENS = 9;

/** Nouns after which "du/de l' X" names the club itself ("au club belge du X", "sous les couleurs de l'X"). */
const CLUB_NOUNS = wordSet(`club | couleurs | maillot | formation | effectif | équipe`);
/** Lower-case words allowed between a club noun and its "du/de l'" (nationality and rank adjectives). */
const MAX_CLUB_NOUN_ADJECTIVES = 2;
/** A contracted or elided determiner: "du X", "de l'X" read a name with its article, no town. */
const NAME_ARTICLES = new Set(['du', "l'", 'la', 'le']);

export function isSportsSentence(tokens: Token[]): boolean {
  return tokens.some((t) => SPORTS_WORDS.has(t.lower));
}

/** "il évolue au X", "a rejoint l'X", "signe un contrat de deux ans avec le X", in a sports sentence. */
function moveVerbBefore(tokens: Token[], from: number): boolean {
  // a player or a town takes no article ("joue avec Dupont", "signe à Cardiff"); a club does ("au X", "l'X")
  const art = tokens[from - 1];
  if (!art || !CLUB_ARTICLES.has(art.lower)) return false;
  for (let i = from - 1, n = 0; i >= 0 && n < MOVE_VERB_LOOKBACK_TOKENS; i--, n++) {
    const t = tokens[i];
    // "le match se joue au X": a reflexive verb tells where, not for whom
    if (CLUB_MOVE_VERBS.has(t.lower)) return n > 0 && !REFLEXIVES.has(tokens[i - 1]?.lower ?? '');
    if (t.kind === 'number') continue;
    if (!SLOT_FILLERS.has(t.lower)) return false;
  }
  return false;
}

/** "au club belge du X", "sous les couleurs de l'X": a club noun, a few adjectives, then an article. */
function clubNounBefore(tokens: Token[], from: number): boolean {
  const art = tokens[from - 1];
  if (!art || !NAME_ARTICLES.has(art.lower)) return false;
  let k = from - 2;
  if (art.lower !== 'du' && tokens[k] && (tokens[k].lower === 'de' || tokens[k].lower === "d'")) k--;
  else if (art.lower !== 'du') return false;
  for (let n = 0; n <= MAX_CLUB_NOUN_ADJECTIVES && k >= 0; n++, k--) {
    const t = tokens[k];
    if (CLUB_NOUNS.has(t.lower)) return true;
    if (t.kind !== 'word' || isCapitalised(t)) return false;
  }
  return false;
}

/** Events and competitions, which players also join ("sélectionné pour la Coupe du monde"). */
export const NOT_CLUB_HEADS = wordSet(`
coupe | championnat | championnats | ligue | tournoi | trophée | grand | prix | open | tour | rallye | jeux
masters | classique | critérium | série | saison | sélection | supercoupe | copa | euro | mondial | mundial
super | pro | mémorial | trophées | moyen | seconde | première | premier | programme | nordic | undisputed
championship
`);

/** The name at `from` fills a club's slot of a sports sentence. */
export function clubSlotBefore(tokens: Token[], from: number, to: number): boolean {
  if (!isSportsSentence(tokens) || NOT_CLUB_HEADS.has(tokens[from].lower)) return false;
  if (VENUE_TAILS.has(tokens[to - 1].lower)) return false;
  return moveVerbBefore(tokens, from) || clubNounBefore(tokens, from);
}

/** Singular heads that name a place, a title or a work before "de <place>", even in a sports sentence. */
export const NOT_SINGULAR_TEAM_HEADS = wordSet(`
duc | duchesse | comte | comtesse | roi | reine | prince | princesse | baron | marquis | seigneur | évêque
archevêque | pape | empereur | impératrice | président | maire | gouverneur | université | festival | salon
carnaval | traité | siège | bataille | concile | lac | palais | château | gare | aéroport | parc | pont | musée
port | colisée | circuit | marathon | derby | semi-marathon | vélodrome | palais | arène | hippodrome | golf
`);

/**
 * "le Standard de Liège", "l'Avalanche du Colorado": in a sports sentence, a singular head with an article
 * before it and "de <place>" after it is a club, even when the head is a French word ("Stade", "Impact").
 */
export function singularClubOfPlace(tokens: Token[], runFrom: number, at: number): boolean {
  if (at - runFrom !== 1) return false;
  const art = tokens[runFrom - 1];
  if (!art || !CLUB_ARTICLES.has(art.lower) || art.lower === 'les' || art.lower === 'aux') return false;
  const head = tokens[runFrom].lower;
  if (NOT_CLUB_HEADS.has(head) || NOT_SINGULAR_TEAM_HEADS.has(head)) return false;
  return isSportsSentence(tokens);
}

/** Last words of venues and works, which sports sentences name with an article too ("le Yankee Stadium"). */
export const VENUE_TAILS = wordSet(`
stadium | stadion | stade | center | centre | field | park | arena | speedway | ring | castle | bridge | theatre
theater | tower | hall | dome | garden | gardens | bowl | cup | trophy | network | end | falls | age | âge
`);

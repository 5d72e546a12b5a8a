/** Word families of funding, as regexes over one lower-case word (every inflection of a stem counts). */

/** Verbs whose subject puts money in: "A invests in Y", "A accompagne Y", "A lent …". */
export const BACKER_VERB =
  /^((ré|re)?invest(it|i|is|issent|ira|iront|issait|issaient|s|ed|ing)|accompagn(e|ent|ait|aient|era|eront|é)|soutien(t|nent|dra|dront)|soutenu|financ(e|ent|ait|aient|era|eront|é|es|ed)|funded|backs|backed|souscri(t|vent|ra)|particip(e|ent|é|era|ated|ates|ating)|pumped|poured|ploughed|plowed|injected|inject|injects|injecting|inject(e|é|ent)|lent|lends|prêté|prêtent)$/;

/** Verbs whose subject puts money in only with a money word or a round word in the clause ("apporte 15 M€"). */
export const BACKER_VERB_WITH_MONEY =
  /^(apport(e|ent|é|era)|contributed|contributes|put|puts|wrote|joined|join|joins|extended|extends|granted|grants|provided|provides|accord(e|ent|é|era)|octroi(e|ent)|octroyé|consenti)$/;

/** Verbs of leading a round: their subject is a backer only when the clause names the round itself. */
export const LEAD_VERB =
  /^(led|leads|co-led|co-leads|(co-?)?(mène|mènent|mené|emmène|emmènent|pilote|pilotent|piloté))$/;
/** The round itself (for LEAD_VERB): "the round, which A led", "A mène le tour". */
export const ROUND_NOUN =
  /^(tour|levée|série|round|series|financing|funding|raise|financement|amorçage|seed)$/;

/** Two-word backer phrases: the first word, then what the next words must hold ("remet au pot", "chipped in"). */
export const BACKER_PHRASES: { first: RegExp; then: RegExp[] }[] = [
  { first: /^(re)?m(et|ettent|is|ettra|ettront)$/, then: [/^au$/, /^pot$/] },
  { first: /^(chipped|chips|chip)$/, then: [/^in$/] },
  {
    first: /^(mis|met|mettent|mettra|mettront)$/,
    then: [/^la$/, /^main$/, /^(à|au)$/, /^(la)?$/, /^(poche|portefeuille)$/],
  },
  { first: /^(doubled|doubles|doubling)$/, then: [/^down$/] },
  // "entre à son capital": the possessive stands for the company the article is about
  {
    first: /^(entr(e|é|ée|és|ent|era)|revenu|revient)$/,
    then: [/^(au|dans|à)$/, /^(le|son|sa|leur)?$/, /^capital$/],
  },
  // "va prendre une participation minoritaire de 30 % dans l'entreprise": a stake taken is money put in
  {
    first: /^(prend|prendre|prendra|prendront|prennent|pris)$/,
    then: [/^(une|des)$/, /^(participation|participations)$/],
  },
  // "A, entré à hauteur de 25 %": the share it took in
  { first: /^(entr(é|ée|és|ées)|monté|montée)$/, then: [/^à$/, /^hauteur$/] },
  // "A et B, déjà actionnaires, ont suivi à hauteur de leurs participations / au prorata", "existing investors A and B
  // followed on": a holder's follow-on (a bare "ont suivi" may follow a file or a market)
  { first: /^(suivi|suivis|suivent|suivra|suivront|suit)$/, then: [/^(à|au)$/, /^(hauteur|prorata)$/] },
  { first: /^(followed|follow|follows)$/, then: [/^on$/] },
];

/** Participles of a backer's entry, read in apposition to the name before them ("A, entré au capital"). */
export const BACKER_PARTICIPLE = /^(entré|entrée|entrés|entrées|revenu)$/;

/** Backer verbs that are a funding fact on their own, with no money named ("remettent au pot", "doubled down"). */
export const STRONG_BACKER =
  /^((ré|re)invest\w*|remet\w*|remis|chipped|chips|chip|doubled|doubles|doubling)$/;

/** Verbs whose subject receives the money: "Y lève … auprès de A", "Y borrowed … from A". */
export const RAISER_VERB =
  /^(lève|lèvent|levé|lever|lèvera|réuni|réunis|réunie|réunies|réunit|obtenu|obtient|obtiennent|signé|signe|contracté|contracte|emprunté|emprunte|sécurisé|sécurise|bouclé|boucle|finalisé|récolté|récolte|collecté|collecte|raise|raises|raised|raising|secured|secures|borrowed|borrows|obtained|obtains|got|gets|landed|lands|closed|closes|drew|drawn|draws|received|receives)$/;

/** Nouns of money given: "un financement de A", "a term loan from A", "un crédit syndiqué mené par A". */
export const FUNDING_NOUN =
  /^(financement|financements|refinancement|prêt|prêts|crédit|emprunt|dette|tour|levée|amorçage|investissement|loan|loans|facility|credit|debt|round|financing|funding|investment|backing|injection|seed)$/;

/** "une augmentation de capital souscrite par A", "a capital increase subscribed by A": the first word of a
 * capital increase, a funding noun only before "de capital" (or after "capital"). */
export const CAPITAL_INCREASE = /^(augmentation|increase)$/;

/** Words that bring in the givers after a raise or a funding noun. */
export const GIVER_INTRO = /^(auprès|from|par|by)$/;
/** A participle before "par"/"by" that says the agent gave the money ("mené par", "arranged by"). */
export const GIVER_PARTICIPLE =
  /^((co-?)?(mené|menée|menés|menées|emmené|emmenée|conduit|conduite|piloté|pilotée)|arrangé|arrangée|accordé|accordée|apporté|apportée|consenti|consentie|octroyé|octroyée|souscrit|souscrite|souscrits|souscrites|led|co-led|arranged|provided|underwritten|granted|extended|subscribed)$/;

/** Participles of backing, read as a passive before "par"/"by": "financée par A", "was backed … by A". */
export const BACKED_PARTICIPLE =
  /^(financé|financée|financés|financées|soutenu|soutenue|soutenus|soutenues|accompagné|accompagnée|accompagnés|accompagnées|apporté|apportée|apportés|apportées|backed|funded|financed|supported|bankrolled|capitalised|capitalized)$/;

/** Words of co-investment after the backer's verb: "avec A", "alongside A", "aux côtés de A". */
export const ALONGSIDE = /^(avec|alongside|with|côtés)$/;

/** Round nouns whose presence makes a lone "apporte", "joined" a funding statement. */
export const ROUND_WORD =
  /^(tour|levée|série|capital|financement|prêt|crédit|dette|round|series|financing|funding|raise|seed|amorçage|loan|facility|credit|debt|equity|money|cash|somme|sum|obligataire|obligataires|€|\$|£|m€|k€|euros|millions?|milliards?|mln|bn|m)$/;

/** Advisers, lawyers, customers, contracts: a clause about them states no funding (not "conseil": a board). */
export const NOT_FUNDING_CONTEXT =
  /^(conseils|conseillé|conseillée|conseillés|conseillait|advised|adviser|advisers|advisor|advisors|advising|avocat|avocats|lawyer|lawyers|law|counsel|contrat|contrats|contract|contracts|subcontract|subcontracts|sous-traitance|client|clients|customer|customers|commande|commandes|order|orders)$/;

/** Negation near a trigger. */
export const NEGATION = /^(ne|n'|pas|not|n't|never|jamais|aucun|aucune|no|declined|refused|refusé)$/;

/** Nouns that point back at a company: money put "into the business" went to one, not into a field. */
export const COMPANY_NOUN =
  /^(business|company|firm|group|start-up|startup|société|entreprise|groupe|start-up|pme|marque)$/;

/** A name right after this word is where the money went: "dans Y", "in Y", "au capital de Y". */
export const INTO = /^(dans|in|into|chez)$/;

/** Words that make a backing that may be moral support an investment ("backed B with a minority investment",
 * "backed by the impact fund A"). */
export const INVESTMENT_WORD =
  /^(investment|investments|investissement|investissements|stake|participation|investor|investors|investisseur|investisseurs|shareholder|shareholders|actionnaire|actionnaires|fonds|fund|funds|venture|ventures|capital)$/;

/** English participles of backing that as often mean support for a person, a plan or a security ("supported by
 * the administration", "certificates backed by receivables"): funding only with money or investors named. */
export const WEAK_BACKED_PARTICIPLE = /^(backed|supported)$/;

/** Words that make "round"/"tour" one of talks, not of funding ("a new round of GATT trade talks"). */
export const TALKS_WORD =
  /^(talks|negotiations|discussions|négociations|discussions|consultations|voting|vote|scrutin)$/;
/** Units after "round"/"tour" read for a word of talks. */
export const TALKS_WINDOW_UNITS = 8;

/** What a company "closed" or "completed" that is no raise: a sale of its own shares or units ("closed the sale of a
 * controlling interest to A"). Read in the few words after the raise verb. */
export const SALE_NOT_RAISE =
  /^(sale|sales|disposition|divestiture|acquisition|purchase|merger|takeover|transfer|spin-off|cession|vente)$/;
/** Words after a raise verb read for `SALE_NOT_RAISE` ("closed the previously announced sale"). */
export const SALE_WINDOW_UNITS = 4;

/** An issue of securities: its underwriters guarantee a sale to the market, they do not invest in the company. */
export const SECURITIES_ISSUE =
  /^(issue|issues|offering|offerings|placement|shares|stock|debentures|notes|bonds|warrants|émission|actions)$/;
/** The participles that name an issue's underwriters ("underwritten by A"). */
export const UNDERWRITTEN = /^(underwritten|garantie|garanti)$/;

/** French participles of leading a round, shared by several leads ("co-menée par A et B": a co-lead leads too). */
export const LED_PARTICIPLE_FR =
  '(co-?)?(mené|menée|menés|menées|emmené|emmenée|emmenés|emmenées|conduit|conduite|conduits|piloté|pilotée|pilotés)';
/** French present forms of leading a round ("A et B co-mènent le tour"). */
export const LEADS_ROUND_FR = '(co-?)?(mène|mènent|emmène|emmènent|pilote|pilotent|conduit|conduisent)';

/** French verbs of raising money ("lève", "a bouclé", "sécurise", "a réuni"), for the pattern rules of a raise. */
export const RAISE_VERBS_FR =
  '(lève|lèvent|levé|lever|lèvera|boucle|bouclé|boucler|clôture|clôturé|réalise|réalisé|finalise|finalisé|annonce|annoncé|obtient|obtenu|obtenir|sécurise|sécurisé|sécuriser|réunit|réuni|réunir|récolte|récolté|collecte|collecté)';

/** An investment only weighed ("was weighing an investment in Y"): a wish, not a funding (a sentence refusal). */
export const WEIGHED = '!!(weighing|considering|mulling|eyeing|contemplating)';

/** English nouns of a round, which an announcement must name before its lead ("announced a Series C financing"). */
export const ROUND_NOUN_EN = '(round|financing|funding|raise|investment)';

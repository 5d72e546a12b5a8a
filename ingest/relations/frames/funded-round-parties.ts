import { rules } from '../rule';

/**
 * Parties of a round told in the clauses full articles wrap around it: the round that names its lead but not its
 * company ("une série B menée par le fonds X"), joiners after a relative pronoun ("un tour de table auquel
 * participent A et B"), lenders after the loan ("un prêt accordé par A", "A complète le dispositif avec un prêt"),
 * backers of a fund ("le fonds X, doté de 150 M€ par A et B"), a backer in an apposition ("Y, a fund backed by A")
 * and a newcomer after "alongside a new investor, the …". A topic rule's company is the clause's subject before the
 * match when there is one, else the article's (see `../extract-relations.ts`).
 */

/** Nouns of the round itself. */
const ROUND_FR = '(tour|table|levée|opération|financement|série|augmentation)';
/** Participles of leading a round. */
const LED_FR = '(menée|mené|menés|conduite|conduit|pilotée|piloté|emmenée|emmené)';
/** Present-tense verbs of leading a round, said of the investor in front. */
const LEADS_FR_WORDS = 'mène|mènent|pilote|pilotent|conduit|conduisent|emmène|emmènent';
const LEADS_FR = `(${LEADS_FR_WORDS})`;
/** Verbs of joining a round after a relative pronoun. */
const JOINS_FR = '(participe|participent|participé|participera|participeront|souscrit|souscrivent)';
/** Nouns of lent money. */
const LOAN_FR = '(prêt|prêts|crédit|crédits|emprunt|dette|avance|financement|ligne)';
/** Most words between the loan noun and its lending participle ("d'innovation de 3 millions d'euros"). */
const LOAN_TO_LENT_WORDS = 8;
/**
 * Most plain words between "par" and the lender's name: the lender's descriptor may carry its own complement ("par
 * le fonds de dette privée X", "par la banque publique régionale X").
 */
const LENDER_DESCRIPTOR_WORDS = 5;
/** Participles of lending. */
const LENT_FR =
  '(accordé|accordée|accordés|consenti|consentie|octroyé|octroyée|apporté|apportée|arrangée|arrangé)';
/** Participles of bringing equity, agreeing with "fonds propres" (masculine plural) or a sum. */
const EQUITY_BROUGHT_FR = '(apportés|apporté|fournis|souscrits|injectés|investis)';
/** Participles of providing equity. */
const EQUITY_PROVIDED_EN = '(provided|contributed|supplied|injected|put)';
/** Verbs of paying for a deal. */
const FINANCES_FR =
  '(finance|financent|financera|financeront|cofinance|cofinancent|cofinancera|cofinanceront)';
/** Nouns of a purchase. */
const DEAL_FR = '(reprise|rachat|acquisition|achat)';
/** Nouns an English apposition gives a funded company or fund. */
const FUNDED_NOUN_EN =
  '(fund|firm|company|startup|start-up|vehicle|investor|lender|platform|developer|maker|group)';

export const FR_ROUND_PARTY_RULES = rules([
  {
    id: 'fr.funded.round-led-by-bare',
    type: 'FUNDED',
    // "annonce une série B de 55 M€ menée par le fonds britannique X": no auxiliary, no company before
    pattern: `(série|tour|levée|table|financement) ~10 ${LED_FR} par ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
    lead: true,
  },
  {
    id: 'fr.funded.round-joined-by',
    type: 'FUNDED',
    // "un tour de table de 30 M€ auquel participent également le fonds A et B", "…, à laquelle a participé A"
    pattern: `${ROUND_FR} ~12 (auquel|auxquels|laquelle|lesquelles|lequel) ?(ont|a) ${JOINS_FR} ?(également|aussi|notamment) ~3! **src`,
    // "A mène le tour, auquel participent B": the subject before leads the round, it is not the company raising
    notAfter: new RegExp(`^(${LEADS_FR_WORDS})$`, 'u'),
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'fr.funded.leads-the-round',
    type: 'FUNDED',
    // "Le fonds américain A mène le tour.", "A pilote l'opération, aux côtés de B": the round is the article's
    pattern: `@@src ~2! ${LEADS_FR} (le|la|l'|cette|ce) ?(nouveau|nouvelle) ${ROUND_FR} !>(de|d'|du|des)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
    lead: true,
  },
  {
    id: 'fr.funded.leads-the-table-round',
    type: 'FUNDED',
    // "Le fonds A mène ce tour de table (de série B), avec la participation de B": "de table" and the series are
    // the round's own words, not the company it is of (`leads-the-round` stops at any "de")
    pattern: `@@src ~2! ${LEADS_FR} (le|la|l'|cette|ce) ?(nouveau|nouvelle) (tour) de table !>(de|d'|du|des)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
    lead: true,
  },
  {
    id: 'fr.funded.leads-the-series-round',
    type: 'FUNDED',
    pattern: `@@src ~2! ${LEADS_FR} (le|la|l'|cette|ce) ?(nouveau|nouvelle) ${ROUND_FR} ?(de) ?(table) de (série|serie) (a|b|c|d|e|f) !>(de|d'|du|des)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
    lead: true,
  },
  {
    id: 'fr.funded.led-round-joined-by',
    type: 'FUNDED',
    // "A mène le tour, auquel participent B, C et D": the joiners fund the article's company with the lead
    pattern: `@@lead ~2! ${LEADS_FR} (le|la|l'|cette|ce) ?(nouveau|nouvelle) ${ROUND_FR} ?(de) ?(table) , (auquel|auxquels|à) ?(laquelle|lequel) ?(ont|a) ${JOINS_FR} ?(également|aussi|notamment) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'fr.funded.invests-in-round',
    type: 'FUNDED',
    // "L'industriel investit 12 M€ … dans le cadre d'un tour de table auquel participent …": the subject gives
    // money to the round's company, not to be read as that company by the joiners after it
    pattern: `**src ~3 (investit|investissent|injecte|injectent|apporte|apportent|souscrit|souscrivent) ~14 (cadre|sein|lors) (de|d'|du) ~2 ${ROUND_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.finances-deal',
    type: 'FUNDED',
    // "Le fonds A financera la reprise": the buyer's financier (the buyer is set in `funded-round-company.ts`)
    pattern: `**src ~3 ${FINANCES_FR} ?(la|le|l') ${DEAL_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.finances-deal-alongside',
    type: 'FUNDED',
    // "… financera la reprise aux côtés de la banque B, qui accorde un prêt"
    pattern: `${FINANCES_FR} ?(la|le|l') ${DEAL_FR} ~3 aux côtés (de|du|des|d') ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.fund-endowed-by',
    type: 'FUNDED',
    // "le fonds X, doté de 150 M€ par la BEI et l'assureur B": those who endow a named fund fund it
    pattern: `@tgt , (doté|dotée|abondé|abondée|souscrit|souscrite) (de|d'|à) ~5! par ~2! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'fr.funded.equity-brought-by',
    type: 'FUNDED',
    // "15 millions d'euros de fonds propres, apportés par son actionnaire A, qui remet au pot, et par le fonds B":
    // the equity of the round told with its providers after a passive participle (the twin of the loan's rule below); "les fonds propres sont apportés par A"
    pattern: `(fonds|quasi-fonds) propres ?, ?(sont|seront|étaient|ont) ?(été) ${EQUITY_BROUGHT_FR} par ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.loan-granted-by',
    type: 'FUNDED',
    // "un prêt de 12 M€ accordé par la banque A", "une dette senior arrangée par A": the lender after its loan
    // "un prêt d'innovation de 3 millions d'euros accordé par A": the loan's kind and sum may stand between
    pattern: `${LOAN_FR} ~${LOAN_TO_LENT_WORDS}! ${LENT_FR} par ~${LENDER_DESCRIPTOR_WORDS}! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.completes-with-loan',
    type: 'FUNDED',
    // "Bpifrance complète le dispositif avec un prêt de croissance de 4 M€"
    pattern: `**src (complète|complètent|complété|complétera|boucle|bouclent) ~3! (avec|par) (un|une|des) ~2! ${LOAN_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
]);

export const EN_ROUND_PARTY_RULES = rules([
  {
    id: 'en.funded.led-the-round',
    type: 'FUNDED',
    // "A led the round, with participation from B", "A co-led the $20m Series A": the round is the article's (a
    // round "in/of Y" names its company and is read by the rules that name it)
    pattern: `@@src ~2! (led|leads|co-led|co-leads|headed|heads|spearheaded|spearheads) (the|this|that) ~4! (round|financing|investment|raise|funding|fundraise|fundraising) !>(in|of|for|into|at|by|team|teams|committee|arm|division|unit|firm|bank|banking|group|practice)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
    lead: true,
  },
  {
    id: 'en.funded.apposed-backed-by',
    type: 'FUNDED',
    // "led by A, a fund backed by Spanish state lender B": the apposition tells who funds A
    // "Y, a startup backed by A, and Britain's Z, which …": a list that runs past the apposition into the outer one
    // (its last member opening a relative clause) is refused, and the first backer alone is read below
    pattern: `?(by|from|with|and) @tgt , (a|an|the) ~3! ${FUNDED_NOUN_EN} (backed|funded|financed|bankrolled) by ~3! **src !>,_(which|who|whose)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'en.funded.apposed-backed-by-first',
    type: 'FUNDED',
    pattern: `?(by|from|with|and) @tgt , (a|an|the) ~3! ${FUNDED_NOUN_EN} (backed|funded|financed|bankrolled) by ~3! *src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'en.funded.alongside-newcomer',
    type: 'FUNDED',
    // "also took part, alongside a new investor, the International Finance Corporation"
    pattern: `(round|financing|raise|funding|investment|part) ?, alongside ~3! (investor|investors|backer|backers|lender|lenders|newcomer|newcomers) , ?(the) **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'en.funded.equity-provided-by',
    type: 'FUNDED',
    // "The equity is provided by A and B", "the equity portion, provided by A, …": the round's equity and its
    // providers, the English twin of fr.funded.equity-brought-by
    pattern: `equity ?(portion|component|part|tranche) ?, ?(is|was|will|being|has) ?(be|been) ${EQUITY_PROVIDED_EN} by ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
  {
    id: 'en.funded.debt-provided-by',
    type: 'FUNDED',
    // "The remaining $12 million is a venture debt facility provided by lender A": the loan of the round told
    // (a name before the lender noun only qualifies it: "by Nordic lender A"); a unitranche or mezzanine facility
    // is a loan too, and its provider is often a fund's manager ("provided by private credit manager A")
    pattern: `(debt|loan|loans|credit|lending|unitranche|mezzanine) ?(facility|facilities|line|lines) (provided|arranged|underwritten|extended|granted) by ?(the) ?*qualifier ~2! ?(lender|lenders|bank|banks|manager|managers|fund|funds) **src &&(million|millions|mln|billion|bn|m)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'en.funded.saw-participation',
    type: 'FUNDED',
    // "The round also saw participation from A", "the financing drew participation from A"
    pattern: `(round|financing|raise|funding|investment) ?(also) (saw|included|drew|attracted|had|featured) ?(the) participation (from|of|by) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.participation-as-well-as',
    type: 'FUNDED',
    // "participation from A, the publisher behind B, as well as existing backers C and angel investor P"
    pattern: `participation (from|of|by) ~3! **others ~10 , (as|along) ?(well) (as|with) ?(its|their) ?(existing|returning|previous|current|early|other) ?(backers|investors|backer|investor|shareholders) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
]);

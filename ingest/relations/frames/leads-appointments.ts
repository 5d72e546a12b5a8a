import type { RuleSpec } from '../rule';
import { ART, LEAD_VERB, OF, TIE_STOP, TITLE_WORD } from '../people-words';

/**
 * LEADS pattern rules (both languages) for heads named on taking a post ("joins X as chief executive", "a été nommée
 * directrice générale de X", "X announced that P has been appointed…") and for appositions the plain rules of
 * ../leads.ts stop short of (a sector noun before the company, "par intérim", an apposition before the verb, "À la
 * tête de X, P"). They are spread into LEADS_RULES at the place they were written, so the order of rules is kept.
 */

/**
 * What may follow a whole title ("as chief executive, …", "comme directeur général en mars"): anything else, "of"
 * above all, makes it a division's or a function's post ("as president of its customer division").
 */
const TITLE_END_AHEAD =
  '>([,.;:!?»)]|and|et|effective|on|in|en|from|dès|à|since|depuis|after|après|when|while|next|starting|replacing|succeeding|remplaçant|succédant|le|the)';

/**
 * A head's title in an apposition before "joins": the title read after "as" would be checked together with it
 * ("P, ex-PDG de X, a rejoint Y comme conseillère"), so such an apposition is not stepped over.
 */
const EARLIER_TITLE =
  '((ex-)?(pdg|p-dg|ceo|dg|président|présidente|president|chairman|chairwoman|chair|chief|directeur|directrice|patron|patronne|head|boss|managing|gérant|gérante))';

/** Days a news story dates an appointment by, between the verb and the person ("a désigné mardi P présidente"). */
export const NEWS_DAY =
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today';
/** A head's title named by a rule itself (no role check): the first word of it. */
const APPOINTED_TITLE =
  '(ceo|chief|president|chairman|chairwoman|chair|managing|pdg|p-dg|dg|président|présidente|patron|patronne)';
/** What ends such a title: anything else ("chief operating officer", "directeur financier", "of sales") is another post. */
const APPOINTED_TITLE_END =
  '>([,.;]|from|on|in|with|effective|and|et|à|dès|starting|to|en|after|après|replacing|succeeding|remplaçant|succédant)';

/** An origin before an English trade noun: a place's adjective or "-based" ("U.S.", "Swiss", "Oslo-based"). */
const ORIGIN_EN = '(\\p{L}+-based|u\\.s\\.|u\\.k\\.|uk|us|\\p{L}+(an|ese|ish|ch|ss|ian|ic|i))';
/** Trade nouns of wire copy's company descriptors ("utility", "drugmaker", "private equity firm"). */
const TRADE_EN =
  '(utility|insurer|bank|lender|carrier|airline|retailer|group|firm|company|developer|operator|maker|producer|manufacturer|drugmaker|automaker|carmaker|chipmaker|startup|start-up|conglomerate|publisher|broadcaster|provider|supplier|distributor|brewer|miner|shipper|chain|grocer|supermarket|investor|fund|bank|software|logistics|energy|oil|gas|telecoms|media|technology|tech|food|fintech|biotech|engineering|defence|defense|equity|services|holding)';

/** A gap stop before an apposed title: kin and ties (TIE_STOP), and a post given up ("former", "onetime"). */
const PAST_OR_TIE = `(${TIE_STOP.slice(1, -1)}|former|onetime|erstwhile|ex)`;
/** What may follow the company of an apposed title: the apposition's or the clause's end, not a noun it qualifies. */
/** Nouns of a company's own unit, told after its possessive ("its insurance arm X"). */
const OWN_UNIT_NOUN = '(arm|unit|subsidiary|division)';
const NAME_END_AHEAD = '>([,.;:)]|and|told|said|says|who|which|since|from|in|on)';

export const APPOINTMENT_AND_APPOSITION_SPECS: RuleSpec[] = [
  {
    id: 'any.leads.joins-as',
    type: 'LEADS',
    // "P has joined Y as chief executive", "P rejoint Y comme directeur général": the post named after the company;
    // not after "P, who serves as X's CEO, …", whose title the role check would read with the one after "as"
    pattern: `%p !>,_(who|qui)_(is|serves|remains|est|reste) ?, ~4!^${EARLIER_TITLE} ?@x ~2! ?, ~3! (joined|joins|join|joining|rejoint|rejoindra|rejoignait|rejoignent) ~3! @org ?, (as|comme) ~4! ${TITLE_END_AHEAD}`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.named-title-of',
    type: 'LEADS',
    // "P has been named chair of Y", "P a été nommée directrice générale de Y", "P was elected president of Y"
    pattern: `%p ~2! (named|appointed|elected|promoted|nommé|nommée|désigné|désignée|élu|élue|promu|promue) ?(as|comme|au|à) ~5! ${OF} ${ART} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
  },
  {
    id: 'any.leads.announced-appointed',
    type: 'LEADS',
    // "Y today announced that P has been appointed president and chief executive": the announcer is the company
    pattern: `@org ~3! (announced|announces|said|says|annonce|annoncé) ?(that|que|qu') %p ~3! (appointed|named|nommé|nommée|désigné|désignée) ?(as|comme|au|à) ~5! >([,.;]|effective|with|à|with|from|dès)`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.appointed-bare-title',
    type: 'LEADS',
    // "Son conseil d'administration a désigné P présidente", "X named P chief executive": the title right after P.
    // A name the gap would leave by a comma sits in an apposition ("Y, issue du CEA-Leti, a nommé P PDG"): Y appoints
    pattern: `@org ~4^(,) (appointed|appoints|named|names|nommé|nomme|désigné|désigne|élu|elected|elects) ?(on) ?(${NEWS_DAY}) %p ~2! ${TITLE_WORD}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.appointed-aside-as',
    type: 'LEADS',
    // "X said it had appointed P, currently country manager at Y, as its permanent CEO from January": the post
    // after the aside, named by the rule itself (the aside's own title, often another company's, is not read)
    pattern: `@org ~6 (appointed|appoints|named|names|nommé|nommée|nomme|désigné|désignée|désigne) %p , ~16 , (as|comme) ?(its|the|son|sa|le|la) ?(new|permanent|next|interim|acting|nouveau|nouvelle|futur|future) ${APPOINTED_TITLE} ?(executive|général|générale) ?(officer|director) ${APPOINTED_TITLE_END}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
  {
    id: 'any.leads.hired-described-as',
    type: 'LEADS',
    // "X has hired P as chief executive", "X has appointed former Microsoft executive P as chief executive", "X a
    // recruté l'ancien patron de Y, P, comme directeur général": a verb of hiring, a descriptor before the person
    // (its company a former employer), the title read after "as/comme" only
    pattern: `@org ~4 (hired|hires|recruited|recruits|poached|poaches|tapped|taps|appointed|appoints|named|names|recruté|recrutée|recrute|débauché|débauchée|débauche|nommé|nomme|désigné|désigne) ~4! ?@x ~2! ?, %p ?, (as|comme) ?(its|the|son|sa|le|la|new|nouveau|nouvelle) ${TITLE_WORD} ~2! ${TITLE_END_AHEAD}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
    checkRole: true,
    roleAfter: true,
  },
  {
    id: 'any.leads.apposition-descriptor',
    type: 'LEADS',
    // "P, patron de la foncière X", "P, directeur général du groupe de BTP X": a sector noun before the name
    pattern: `%p , ~2!^${TIE_STOP} ${TITLE_WORD} ?(général|générale|exécutif|exécutive) ${OF} (la|le|l') ~2! @org`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
    checkRole: true,
  },
  {
    id: 'any.leads.apposition-descriptor-en',
    type: 'LEADS',
    // "P, chairman and chief executive of U.S. utility X", "P, CEO of Swiss drugmaker X", "P, head of London-based
    // insurer X": wire copy puts the company's origin and trade between "of" and the name (the units drop most trade
    // nouns before a name); only such words may stand there ("head of African investments at X" names a desk)
    // "the former chief executive of launch firm X" is a post left; "of Bangalore-based X rival Y" heads Y, not X
    pattern: `%p , ~4!^${PAST_OR_TIE} ${TITLE_WORD} ?(executive|officer|director) ?(officer) (of|at) ?(the) ${ORIGIN_EN} ?${TRADE_EN} ?${TRADE_EN} @org ${NAME_END_AHEAD}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
    checkRole: true,
  },
  {
    id: 'any.leads.apposition-own-unit',
    type: 'LEADS',
    // "P, chief executive of its insurance arm X", "P, president of its payments division X": the unit named after the
    // possessive and a unit noun is the body P heads (French "de sa filiale X" is read by any.leads.apposition)
    pattern: `%p , ~4!^${PAST_OR_TIE} ${TITLE_WORD} ?(executive|officer|director) ?(officer) (of|at) (its|their) ~2! ${OWN_UNIT_NOUN} @org ${NAME_END_AHEAD}`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
    checkRole: true,
  },
  {
    id: 'any.leads.apposition-interim',
    type: 'LEADS',
    // "P, directrice générale par intérim de X": "par" is a gap stop of the plain apposition
    pattern: `%p , ~3!^${TIE_STOP} (par|ad) (intérim|interim) ${OF} ${ART} @org`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
    checkRole: true,
  },
  {
    id: 'any.leads.verb-after-apposition',
    type: 'LEADS',
    // "P, fils du fondateur, dirige X depuis 2015": an apposition naming no company between the person and the verb
    pattern: `%p , ~4! ?@x ~3! , ?(also|aussi|still|toujours|désormais|now) ${LEAD_VERB} @org !>'s`,
    source: 'p',
    target: 'org',
    confidence: 0.75,
  },
  {
    id: 'any.leads.at-head-fronted',
    type: 'LEADS',
    // "Son prédécesseur à la tête de X, P": the helm P held, not the one held now
    notAfter: /^(prédécesseur|prédécesseuse|predecessor|predecessors|prédécesseurs)$/,
    // "À la tête de X depuis 2016, P a …", "At the helm of X since 2019, P has …"
    pattern: `(à|at) (la|the) (tête|helm) ${OF} ${ART} @org ~3! , %p`,
    source: 'p',
    target: 'org',
    confidence: 0.7,
  },
];

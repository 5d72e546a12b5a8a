/**
 * General-knowledge word lists shared by both languages. Lower case, accents kept as written; lookups use
 * `token.lower`. None of these lists names a company: they say what a word is NOT (a place, a month…) or
 * what kind of word marks a company (a legal form, a sector noun).
 */
/** A set of the words separated by `|` or new lines. */
export function wordSet(words: string): Set<string> {
  return new Set(
    words
      .trim()
      .split(/\s*\|\s*|\n+/)
      .filter(Boolean),
  );
}

const set = wordSet;

/** Endings that make a name a company on their own (matched without a trailing dot). */
export const LEGAL_FORMS = set(`
sa | sas | sasu | sarl | sca | se | snc | scop | inc | incorporated | corp | corporation | co | ltd | limited | llc
llp | lp | plc | gmbh | ag | kg | kgaa | nv | bv | spa | s.p.a | srl | ab | oy | oyj | asa | kk | pty | bhd | sab | cie
a/s | s/a | aps | i/s | k/s | n.v | b.v | l.p | l.l.c | l.l.p | p.l.c | s.a | a.g
`);

/** Nouns that, inside a capitalised name, make it an organisation ("Société Générale", "Acme Holdings"). */
export const ORG_HEAD_WORDS = set(`
group | groupe | holding | holdings | capital | partners | ventures | venture | investissement | investissements
investments | investment | bank | banque | bancorp | bancshares | foundation | fondation | fund | fonds | trust
associates | associés | brothers | frères | industries | industrie | technologies | technology | systems | software | solutions
services | communications | telecom | airlines | airways | motors | energy | énergie | resources | petroleum | oil
gas | mining | pharmaceuticals | pharma | therapeutics | financial | finance | insurance | assurances | securities
electric | electronics | international | enterprises | entreprises | corporation | company | compagnie | société
laboratories | labs | media | médias | networks | semiconductor | chemical | chemicals | steel | realty | properties
brands | foods | stores | association | society | partnership | cooperative | coopérative | commission | savings | partenaires | gestion | management | consulting | conseil | studios | pictures | records
airlines | railways | shipping | logistics | hotels | automotive | aerospace | biotech | health | healthcare | santé
news | consortium | participations
`);

/**
 * Sector nouns that end many company names ("X Payments", "X Analytics") but, unlike the head words above, do not
 * license joining two names through "and" ("Ampora and Silcon Devices" are two companies).
 */
export const SECTOR_NOUNS = set(`
payments | analytics | robotics | devices | diagnostics | biosciences | outsourcing | solar | ateliers | atelier
packaging | biologics | composites | brewing | brewery | instruments | textiles | cosmetics | immobilier | immobilière
| growth
| agrifood | agritech | foodtech | fintech | medtech | healthtech | cleantech | mobility
| mutual | camping | agri
| conserves | pâtisseries | biscuits | fromageries | laiteries | moulins | salaisons | vignobles | boulangeries
| chocolats | brasseries | distilleries | innovation | innovations
| nutrition | cycles | outdoor | storage | spirits | légumes | energia | express
`);

/**
 * Fund words that end an investor's name ("X Invest", "Y Seed", "Z Equity") and beat a given name at its start; they are verbs
 * and common nouns too ("to invest"), so only a name's own last word counts, never a word near it. Angel networks
 * ("Kelvin Angels", "Ouest Angels": a given name first) and development agencies ("Scottish Enterprise": a
 * nationality first) are named the same way.
 */
export const FUND_NAME_TAILS = set(`
invest | seed | equity
| angels | enterprise
`);

/** Words that open a name of an institution and take lower-case complements ("Caisse des dépôts"). */
export const INSTITUTION_HEADS = set(`
caisse | banque | compagnie | société | crédit | union | fédération | agence | office | institut | conseil | autorité
commission | chambre | mutuelle | fonds | bank | bureau | department | ministry | ministère | banco | authority
clinique | polyclinique | hôpital | chu | chru | région | métropole | coopérative | association | syndicat
`);

/**
 * English institution heads whose name goes on after "of"/"for" ("Royal Society for the Protection of X"); banks
 * and funds are left out, since "X Bank of Y" names the bank's town.
 */
export const ENGLISH_INSTITUTION_HEADS = set(`
society | organization | organisation | confederation | association | institute | institution | council | commission
federation | foundation | agency | league | committee | union | academy | court | tribunal | centre | center
authority | administration | bureau | ombudsman | chamber | institutes
`);

export const MONTHS = set(`
janvier | février | fevrier | mars | avril | mai | juin | juillet | août | aout | septembre | octobre | novembre
décembre | decembre | january | february | march | april | may | june | july | august | september | october
november | december | jan | feb | mar | apr | jun | jul | aug | sep | sept | oct | nov | dec
`);

export const WEEKDAYS = set(`
lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche | monday | tuesday | wednesday | thursday | friday
saturday | sunday
`);

/** Countries, regions and cities common in business news (general knowledge, not article-specific). */
export const PLACES = set(`
france | europe | asie | asia | afrique | africa | amérique | america | americas | usa | us | u.s | uk | u.k
états-unis | etats-unis | united | states | kingdom | royaume-uni | allemagne | germany | espagne | spain | italie
italy | belgique | belgium | suisse | switzerland | pays-bas | netherlands | holland | luxembourg | portugal
irlande | ireland | canada | mexique | mexico | brésil | brazil | argentine | argentina | chine | china | japon
japan | inde | india | corée | korea | russie | russia | australie | australia | maroc | morocco | tunisie | tunisia
algérie | algeria | sénégal | senegal | israël | israel | turquie | turkey | suède | sweden | norvège | norway
danemark | denmark | finlande | finland | pologne | poland | autriche | austria | grèce | greece | égypte | egypt
singapour | singapore | hong | kong | taiwan | taïwan | philippines | indonésie | indonesia | vietnam | afrique du sud
paris | londres | london | new | york | new york | miami | lyon | marseille | lille | toulouse | bordeaux | nantes
nice | strasbourg | rennes | grenoble | montpellier | bruxelles | brussels | genève | geneva | zurich | berlin
munich | francfort | frankfurt | madrid | barcelone | barcelona | milan | rome | amsterdam | tokyo | pékin
beijing | shanghai | montréal | montreal | toronto | vancouver | ottawa | québec | quebec | chicago | boston
dallas | houston | atlanta | denver | seattle | washington | california | californie | texas | florida | floride
ohio | illinois | michigan | pennsylvania | virginia | carolina | jersey | massachusetts | connecticut | georgia
arizona | colorado | minnesota | wisconsin | missouri | tennessee | kentucky | louisiana | oklahoma | oregon
alberta | ontario | columbia | delaware | nevada | utah | iowa | kansas | indiana | maryland | alabama
vermont | idaho | wyoming | nebraska | arkansas | mississippi | hawaii
île-de-france | ile-de-france | bretagne | normandie | provence | alsace | lorraine | bourgogne | aquitaine
occitanie | auvergne | isère | loire | atlantique | rhône | rhône-alpes | savoie | gironde
silicon | valley | wall | street | city | dubai | dubaï | qatar | doha | riyad | abu | dhabi | lagos
casablanca | tunis | alger | dakar | abidjan | sydney | melbourne | seoul | séoul | mumbai | bangalore | delhi
san | francisco | los | angeles | diego | tel | aviv | monaco | manhattan | europe de l'ouest
malaysia | thailand | nigeria | ghana | kenya | colombia | chile | peru | venezuela | scotland | wales | england
britain | grande-bretagne | pakistan | bangladesh | iran | iraq | saudi | arabia | kuwait | emirates | hungary | czech | romania | ukraine
zealand | benelux | scandinavia | nordics | latam | emea | apac | dublin | oslo | warsaw | stockholm | copenhagen
helsinki | vienna | vienne | prague | budapest | lisbon | lisbonne | athens | athènes | istanbul | cairo | le caire
nairobi | accra | johannesburg | bristol | manchester | birmingham | edinburgh | glasgow | leeds | liverpool
cambridge | oxford | angers | tours | roubaix | dijon | épinal | chambéry | rouen | reims | brest | caen | metz
nancy | orléans | limoges | poitiers | pau | clermont-ferrand | saint-étienne | amiens | perpignan | besançon
annecy | avignon | valence | mulhouse | cannes | toulon | tourcoing | villeurbanne | nanterre | boulogne-billancourt
phoenix | philadelphia | detroit | pittsburgh | cleveland | minneapolis | portland | baltimore | austin | nashville
orlando | tampa | charlotte | indianapolis | columbus | milwaukee | omaha | calgary | edmonton | winnipeg | sud-ouest
grand | hauts-de-france | nouvelle-aquitaine | pays | bavaria | bavière | catalonia | catalogne | lombardy | flanders
flandre | wallonia | wallonie | hampshire | brooklyn | queens | bronx | sao | paulo | rio | janeiro | bogota | lima
santiago | buenos | aires | caracas | kuala | lumpur | jakarta | bangkok | manila | hanoi | taipei | osaka | kyoto
western | eastern | northern | southern | north | south | east | west | central | pacific | atlantic | midwest
philadelphie | détroit | saint-louis | floride | pennsylvanie | géorgie | virginie | louisiane | californie
cincinnati | hartford | sacramento | oakland | anaheim | memphis | buffalo | kansas | vegas | las | oklahoma | utah
san | josé | jose | antonio | tampa | nouvelle-orléans | winnipeg | ottawa
milwaukee | minnesota | seattle | baltimore | cleveland | houston | dallas | denver | atlanta | orlando | phoenix
québec | montréal | toronto | vancouver | edmonton | calgary | halifax | brême | hambourg | cologne | dortmund
stuttgart | leipzig | düsseldorf | nuremberg | hanovre | eindhoven | rotterdam | arnhem | utrecht | la haye | anvers
gand | bruges | liège | charleroi | lausanne | bâle | berne | lugano | turin | naples | venise | gênes
bologne | palerme | séville | bilbao | saragosse | la corogne | porto | lisboa | glasgow | belfast
sofia | bucarest | belgrade | zagreb | kiev | moscou | saint-pétersbourg | minsk | varsovie | cracovie | riga
vilnius | tallinn | athènes | salonique | le pirée | ankara | izmir | tbilissi | erevan | bakou
afghanistan | albanie | andorre | angola | arabie | arménie | azerbaïdjan | bahreïn | biélorussie | bolivie
bosnie | bosnie-herzégovine | botswana | bulgarie | burkina | burundi | cambodge | cameroun | chili | chypre
colombie | congo | croatie | cuba | équateur | érythrée | estonie | éthiopie | gabon | géorgie | grande-bretagne
guatemala | guinée | haïti | honduras | hongrie | irak | islande | jamaïque | jordanie | kazakhstan | kenya
kirghizistan | koweït | laos | lettonie | liban | libéria | libye | liechtenstein | lituanie | macédoine
madagascar | malaisie | malawi | mali | malte | mauritanie | moldavie | mongolie | monténégro | mozambique
namibie | népal | nicaragua | niger | nouvelle-zélande | ouganda | ouzbékistan | panama | paraguay | pérou
qatar | roumanie | rwanda | salvador | serbie | slovaquie | slovénie | somalie | soudan | sri | lanka | syrie
tadjikistan | tanzanie | tchad | tchéquie | thaïlande | togo | turkménistan | ukraine | uruguay | venezuela
viêt | yémen | zambie | zimbabwe | angleterre | écosse | irlande | galles | pays-de-galles | mandchourie
sibérie | scandinavie | balkans | caucase | moyen-orient | proche-orient | extrême-orient | maghreb | sahara
`);

/** People of a place, and nationality adjectives. */
export const NATIONALITIES = set(`
philippine | venezuelan | ecuadorean | ecuadorian | iranian | iraqi | zambian | zairean | ivorian | libyan | bolivian
uruguayan | paraguayan | cuban | jamaican | yugoslav | czechoslovak
cypriot | maltese | kuwaiti | lebanese | tunisian | chypriote | maltais | maltaise | estonien | estonienne | letton
lituanien | slovène | croate | serbe | islandais | luxembourgeois | luxembourgeoise | chilien | chilienne | péruvien
colombien | colombienne | nigérian | nigériane | kényan | vietnamien | vietnamienne | thaïlandais | philippin
indonésien | indonésienne | malaisien | pakistanais | émirati | saoudien | saoudienne | koweïtien | israélien
israélienne | libanais | libanaise | égyptien | égyptienne | algérien | algérienne | grec | grecque | hongrois
français | française | françaises | français | américain | américaine | américains | américaines | européen
européens | européenne | européennes | allemand | allemande | allemands | anglais | britannique | britanniques
chinois | chinoise | japonais | japonaise | italien | italienne | espagnol | espagnole | belge | belges | suisse
canadien | canadienne | québécois | marocain | marocaine | indien | indienne | russe | russes | néerlandais
french | american | americans | european | europeans | german | germans | british | english | chinese
japanese | italian | spanish | belgian | swiss | canadian | dutch | indian | russian | australian | swedish
norwegian | danish | finnish | irish | scottish | mexican | brazilian | korean | israeli | african | asian
polish | portuguese | austrian | greek | turkish | czech | hungarian | romanian | polonais | polonaise | portugais
portugaise | autrichien | autrichienne | tunisien | tunisienne | sénégalais | irlandais | irlandaise | finlandais
parisien | parisienne | lyonnais | nantais | grenoblois | isérois | iséroise
welsh | flemish | catalan | basque | bavarian | nigerian | kenyan | emirati | saudi | qatari | egyptian | moroccan
algerian | chilean | argentine | argentinian | colombian | peruvian | vietnamese | thai | indonesian | malaysian
singaporean | filipino | taiwanese | ukrainian | icelandic | estonian | latvian | lithuanian | slovak | slovenian
croatian | serbian | bulgarian | luxembourgish | pakistani | bangladeshi | ghanaian
`);

/** Capitalised abbreviations that are not organisations (roles, currencies, sectors, units). */
export const GENERIC_ACRONYMS = set(`
ceo | cfo | coo | cto | cmo | cio | vp | evp | svp | md | pdg | dg | daf | drh | dsi | bpo | crm | erp | saas
ia | ai | it | ip | ipo | opa | ope | ca | pib | gdp | pme | pmes | eti | tpe | esn | ssii | r&d | rh | hr | b2b | b2c | roi
usd | eur | gbp | chf | jpy | cad | dlrs | dlr | mln | bln | pct | stg | eps | ebitda | ebit | tv | pc | sms | api
faq | nb | ps | pdf | html | usa | uk | us | eu | ue | un | ok | km | kg
gafa | gafam | btob | ht | ttc | cac | amex | lbo | m&a | pe | vc | ppp | oem | ad | am | pm
mbo | obo | lmbo | mbi | bimbo
dvd | vhs | cd | cd-rom | dos | esp | gps | usb | led | lcd | hd | mp3 | pc | ps | rss | wifi | sql | os | tva | smic
rsa | cdi | cdd | bts | phd | mba | suv | abs | ogm | co2 | kwh | mw | gw | ttip
ceta | brexit | covid | sida | hiv | adn | dna | rna | arn | ue | g7 | g20
chu | chr | btp | ehpad | ephad | kyc | aml | gdpr | rgpd | esg | rse | csr
gmt | utc | cet | cest | bst | edt | pst | pdt | jst | hkt | sgt | aest
sek | nok | dkk | isk | aud | nzd | hkd | sgd | cny | rmb | inr | brl | zar | krw | pln | czk | huf | rub | mxn
ars | clp | twd | thb | idr | myr | ils | aed | egp | ngn | kes | gnp | sdr | sdrs | libor | euribor | ecu | ecus
cpi | ppi | gst | vat | adr | adrs | pik
aop | aoc | igp | aids | fcoj
lifo | fifo | ldc | ldcs | mtbe | lng | lpg
`);

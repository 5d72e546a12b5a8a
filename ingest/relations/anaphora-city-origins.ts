/**
 * Major cities and the origin words an article may have used for a company from there: a city's own demonym
 * first (French articles tell a company by its city, "le cimentier lyonnais"), then its country's nationality in
 * French and English. "Le groupe de Stockholm" then picks out the company told "suédois" earlier. Facts about
 * places, no company names.
 */

/** city (lower case, French and English spellings) → origin words, most specific first. */
const CITY_ORIGINS: ReadonlyMap<string, readonly string[]> = table(`
paris: parisien, français, french
lyon: lyonnais, français, french
marseille: marseillais, français, french
lille: lillois, français, french
toulouse: toulousain, français, french
bordeaux: bordelais, français, french
nantes: nantais, français, french
strasbourg: strasbourgeois, français, french
rennes: rennais, français, french
grenoble: grenoblois, français, french
montpellier: montpelliérain, français, french
nice: niçois, français, french
orléans: orléanais, français, french
rouen: rouennais, français, french
brest: brestois, français, french
caen: caennais, français, french
dijon: dijonnais, français, french
reims: rémois, français, french
angers: angevin, français, french
poitiers: poitevin, français, french
niort: niortais, français, french
quimper: quimpérois, français, french
albi: albigeois, français, french
nîmes: nîmois, français, french
annecy: annécien, français, french
toulon: toulonnais, français, french
perpignan: perpignanais, français, french
london | londres: londonien, britannique, british
manchester | edinburgh | édimbourg | bristol | birmingham | cambridge | oxford: britannique, british
dublin | cork: irlandais, irish
berlin | munich | münchen | hamburg | hambourg | frankfurt | francfort | cologne | köln | stuttgart | düsseldorf: allemand, german
madrid | barcelona | barcelone | valencia | valence | saragosse | zaragoza | bilbao | séville | seville: espagnol, spanish
lisbon | lisbonne | porto: portugais, portuguese
milan | rome | turin | bologna | bologne | florence | naples: italien, italian
amsterdam | rotterdam | eindhoven | utrecht: néerlandais, dutch
brussels | bruxelles | antwerp | anvers | ghent | gand | liège | namur | charleroi: belge, belgian
luxembourg: luxembourgeois, luxembourgish
geneva | genève | zurich | zürich | basel | bâle | lausanne | bern | berne: suisse, swiss
vienna | vienne | graz | salzburg | salzbourg: autrichien, austrian
stockholm | gothenburg | göteborg | malmö: suédois, swedish
oslo | bergen | stavanger: norvégien, norwegian
copenhagen | copenhague | aarhus: danois, danish
helsinki | espoo | tampere: finlandais, finnish
reykjavik: islandais, icelandic
warsaw | varsovie | kraków | cracovie | wrocław | gdańsk: polonais, polish
prague | brno: tchèque, czech
budapest: hongrois, hungarian
bucharest | bucarest: roumain, romanian
athens | athènes | piraeus | thessaloniki | thessalonique: grec, greek
istanbul | ankara | izmir: turc, turkish
tallinn: estonien, estonian
riga: letton, latvian
vilnius: lituanien, lithuanian
`);

function table(text: string): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const line of text.trim().split('\n')) {
    const [cities, origins] = line.split(':');
    const words = origins.split(',').map((w) => w.trim());
    for (const city of cities.split('|')) map.set(city.trim(), words);
  }
  return map;
}

/** The origin words a company from `city` may have been told by, most specific first; empty for other places. */
export function cityOriginWords(city: string): readonly string[] {
  return CITY_ORIGINS.get(city.toLowerCase()) ?? [];
}

/**
 * The city's own demonym ("grenoblois" for Grenoble, "londonien" for London), or none when the table gives the
 * city only its country's nationalities ("britannique" for Leeds): those fit too many companies of an article.
 */
export function cityDemonym(city: string): string | null {
  const words = cityOriginWords(city);
  return words.length >= 3 ? words[0] : null;
}

/** A city's own demonym → the nationality the table gives next to it ("londonien" → "britannique"). */
const DEMONYM_NATIONALITIES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const words of CITY_ORIGINS.values()) if (words.length >= 3) map.set(words[0], words[1]);
  return map;
})();

/** The nationality of the city a demonym names ("lyonnais" → "français"), or null for other words. */
export function demonymNationality(demonym: string): string | null {
  return DEMONYM_NATIONALITIES.get(demonym.toLowerCase()) ?? null;
}

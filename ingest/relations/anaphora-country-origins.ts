/**
 * Countries and the origin words a company from there is told by later ("Greece's X" … "the Greek company", and
 * through a city, "the Athens-based company"): English nationality first, then French. Facts about places, no
 * company names.
 */

/** country (lower case, English and French spellings) → origin words. */
const COUNTRY_ORIGINS: ReadonlyMap<string, readonly string[]> = table(`
france: french, français
britain | uk | england | scotland | royaume-uni: british, britannique
germany | allemagne: german, allemand
spain | espagne: spanish, espagnol
portugal: portuguese, portugais
italy | italie: italian, italien
netherlands | holland | pays-bas: dutch, néerlandais
belgium | belgique: belgian, belge
switzerland | suisse: swiss, suisse
austria | autriche: austrian, autrichien
sweden | suède: swedish, suédois
norway | norvège: norwegian, norvégien
denmark | danemark: danish, danois
finland | finlande: finnish, finlandais
ireland | irlande: irish, irlandais
poland | pologne: polish, polonais
greece | grèce: greek, grec
turkey | turquie: turkish, turc
japan | japon: japanese, japonais
china | chine: chinese, chinois
india | inde: indian, indien
canada: canadian, canadien
brazil | brésil: brazilian, brésilien
mexico | mexique: mexican, mexicain
australia | australie: australian, australien
israel | israël: israeli, israélien
korea | corée: korean, coréen
america | us | u.s.: american, américain
alabama | alaska | arizona | arkansas | california | californie | colorado | connecticut | delaware | florida | floride | hawaii | idaho | illinois | indiana | iowa | kansas | kentucky | louisiana | louisiane | maine | maryland | massachusetts | michigan | minnesota | mississippi | missouri | montana | nebraska | nevada | ohio | oklahoma | oregon | pennsylvania | pennsylvanie | tennessee | texas | utah | vermont | virginia | virginie | washington | wisconsin | wyoming | seattle | chicago | boston | houston | dallas | atlanta | denver | detroit | miami | philadelphia | pittsburgh | milwaukee | minneapolis: american, américain
`);

function table(text: string): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const line of text.trim().split('\n')) {
    const [countries, origins] = line.split(':');
    const words = origins.split(',').map((w) => w.trim());
    for (const country of countries.split('|')) map.set(country.trim(), words);
  }
  return map;
}

/** The origin words of a company from `country`; empty for a word that names no country of the table. */
export function countryOriginWords(country: string): readonly string[] {
  return COUNTRY_ORIGINS.get(country.toLowerCase()) ?? [];
}

/** Nationality word (folded, English or French) → country, the first spelling of the table's line. */
const ORIGIN_COUNTRIES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [country, words] of COUNTRY_ORIGINS) {
    for (const w of words) if (!map.has(w)) map.set(w, country);
  }
  return map;
})();

/** The country a nationality word stands for ("danish", "danois" → the same country), or null. */
export function countryOfOrigin(word: string): string | null {
  const country = ORIGIN_COUNTRIES.get(word.toLowerCase());
  if (country === undefined) return null;
  // both spellings of one line ("britain | uk") must give one key: the line's words stand for it
  return countryOriginWords(country)[0];
}

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

/** Lower-case particles that open a surname of several words ("van Dijk", "de La Tour", "bin Hamad"). */
const SURNAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'der',
  'den',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
]);

/** The name's first folded word is a surname particle, so it may be a surname of several words. */
export function opensWithParticle(words: string[]): boolean {
  return words.length > 1 && SURNAME_PARTICLES.has(words[0]);
}

/**
 * "Van Dijk" after "Maarten van Dijk": a surname that opens with a particle names the person whose name it ends.
 * Both arguments are folded words.
 */
export function isParticleSurnameOf(short: string[], full: string[]): boolean {
  const n = short.length;
  if (n < 2 || full.length <= n || !SURNAME_PARTICLES.has(short[0])) return false;
  const tail = full.slice(full.length - n);
  return tail.every((w, k) => w === short[k]);
}

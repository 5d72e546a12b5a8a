/**
 * "Cascadia supplies utility A and projects backed by the Department of Energy", "des projets financés par la
 * Banque des Territoires": a participle of backing right after one of these nouns says who backs the projects,
 * loans or programmes, not the company named before them. The backing rules' gap before the participle does not
 * cross these nouns (a gap stop, see `pattern-compile.ts`).
 */

/** English things that are backed, funded or financed without being a company. */
export const BACKED_THINGS_EN =
  '(project|projects|programme|programmes|program|programs|scheme|schemes|initiative|initiatives|loan|loans|bond|bonds|securities|mortgages|research|study|studies|trial|trials)';

/** French things that are "soutenus" or "financés" without being a company. */
export const BACKED_THINGS_FR =
  '(projet|projets|programme|programmes|dispositif|dispositifs|initiative|initiatives|prêt|prêts|obligations|travaux|recherches|étude|études|essai|essais)';

/** Either language's noun as one whole lower-case word, for the frame readers that look at the word itself. */
export const BACKED_THING_RE = new RegExp(`^(?:${BACKED_THINGS_EN}|${BACKED_THINGS_FR})$`, 'u');

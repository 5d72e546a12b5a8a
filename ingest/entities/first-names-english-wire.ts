/**
 * English given names of the generation of executives, investors and politicians that 1980s wire copy names
 * ("owned by Morris Belkin", "Treasury Secretary Nigel Lawson", "chairman Howard Katz"), missing from the lists
 * drawn from today's press. General knowledge, lower case; merged into FIRST_NAMES. Names that are also common
 * company or place names ("Leroy Merlin", "Stanley Works", "Milton Keynes", "Ernst & Young", "Lloyd's") stay out:
 * a pair opening on one of them would be read as a person even with no person cue.
 */
export const ENGLISH_WIRE_FIRST_NAMES = `
morris howard irving seymour herbert leonard norman murray gordon nigel clive malcolm alistair alastair
neville reginald sheldon marvin vernon cecil glenn dwight
`
  .trim()
  .split(/\s+/);

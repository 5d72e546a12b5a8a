/**
 * Given names of Dutch, German, Nordic, Portuguese, Breton and Central European people met in trade press,
 * beyond the common French and English ones (general knowledge; lower case, plain and accented forms).
 */
export const EUROPEAN_FIRST_NAMES = `
piet pieter joost maarten sander bram ruud wouter floor femke anneke annelies marieke maaike sanne ilse
jochen jörg joerg uwe rainer torsten thorsten dirk volker gunther günther stefan stephan florian matthias
ulrike anke heike silke birgit gudrun dagmar wiebke
armelle gwenola maëlle maelle nolwenn soizic morgan erwan goulven tanguy ronan gurvan yannig
annick maryvonne ghislain aymeric enguerrand hubert amaury bérénice berenice clémence clemence apolline
rui tiago nuno duarte gonçalo goncalo joana leonor inês marta beatriz
zdeněk zdenek jiří jiri radek marek tomáš tomas kateřina katerina jana petra lenka barbora
åsa asa sigrid karin maja linnea tove henrik mikkel rasmus søren soren
`
  .trim()
  .split(/\s+/);

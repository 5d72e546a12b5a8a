/**
 * Day seven's anaphora classes: the headline's company, "said on Tuesday it", a conjunction before the subject
 * pronoun, "the combined company" after a deal, plural kind nouns for a pair, "le fonds" after a fund-raising, and a
 * pointer that cannot stand for a company its own clause names. Sentences written for these tests.
 */
import { tokenize } from '../../../ingest/tokens';
import { opensMainClause, pairPhraseLength } from '../../../ingest/relations/pointing-phrases';
import { afterReportAndTime } from '../../../ingest/relations/anaphora-report';
import { combinedPhraseLength } from '../../../ingest/relations/anaphora-combined';
import { fundPointerLength } from '../../../ingest/relations/anaphora-fund';
import type { ExtractedRelation } from '../../../ingest/types';
import { relationsOf } from './article-units';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

/** Rivalry pairs in either order. */
function rivals(rels: ExtractedRelation[]): string[] {
  return rels.filter((r) => r.type === 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

describe('the headline names the company the lead only points at', () => {
  const text =
    "Le spécialiste nantais a annoncé jeudi l'acquisition de Brivane Froid, un transporteur basé à Brest. " +
    "« C'est une étape », explique Hugo Martel, président de Castelune.";

  it('gives the pointer opening the lead the headline’s first company', () => {
    expect(pairs(relationsOf(text, 'Castelune s’offre le transporteur Brivane Froid'), 'ACQUIRED')).toContain(
      'Castelune -> Brivane Froid',
    );
  });

  it('makes no buyer of the headline’s company without the headline', () => {
    expect(pairs(relationsOf(text), 'ACQUIRED')).not.toContain('Castelune -> Brivane Froid');
  });

  it('reads no fact from the headline’s own words', () => {
    const calm = 'Castelune emploie 300 personnes à Nantes. Brivane Froid exploite 90 camions à Brest.';
    expect(pairs(relationsOf(calm, 'Castelune rachète Brivane Froid'), 'ACQUIRED')).toEqual([]);
  });
});

describe('"said on Tuesday it" is the reporting company', () => {
  it('reads the pronoun after a reporting verb and a day', () => {
    const text =
      'The Dutch payments group said on Tuesday it had agreed to buy card processor Fintola for $400 million. ' +
      'Paxwell will pay cash.';
    expect(pairs(relationsOf(text, 'Paxwell to buy Fintola'), 'ACQUIRED')).toContain('Paxwell -> Fintola');
  });

  it('needs the reporting verb right before the time words', () => {
    expect(afterReportAndTime(tokenize('X said late on Monday it would', 0), 5)).toBe(true);
    expect(afterReportAndTime(tokenize('X met on Monday it would', 0), 4)).toBe(false);
    expect(afterReportAndTime(tokenize('X said it would', 0), 2)).toBe(false);
  });
});

describe('a conjunction opening the sentence leaves the pronoun the main clause’s subject', () => {
  it('accepts "Mais il", "Yet it", "And yet it"', () => {
    expect(opensMainClause(tokenize('Mais il reste loin', 0), [], 1)).toBe(true);
    expect(opensMainClause(tokenize('Yet it kept growing', 0), [], 1)).toBe(true);
    expect(opensMainClause(tokenize('And yet it kept growing', 0), [], 2)).toBe(true);
  });

  it('refuses a pronoun inside the sentence', () => {
    expect(opensMainClause(tokenize('Le groupe dit mais il reste', 0), [], 4)).toBe(false);
    expect(opensMainClause(tokenize('Sales rose yet it lost money', 0), [], 3)).toBe(false);
  });
});

describe('"the combined company" after a purchase is the buyer', () => {
  it('gives the buyer the rivals of the company the deal makes', () => {
    const text =
      'Hearing-aid group Orvane agreed to buy Keltis, a maker of implants, for $900 million. ' +
      'The combined company will rank third behind Sonvar and Halmer Audio.';
    const found = rivals(relationsOf(text));
    expect(found).toContain('Orvane ~ Sonvar');
    expect(found).not.toContain('Keltis ~ Sonvar');
  });

  it('reads "le nouvel ensemble" after a French purchase', () => {
    const text =
      'Le groupe Vestrel a racheté mardi le transporteur Olmira. Le nouvel ensemble affrontera Delvaux et Fombelle.';
    expect(rivals(relationsOf(text))).toContain('Delvaux ~ Vestrel');
  });

  it('is no pointer when a name follows, nor for "la nouvelle société"', () => {
    const m = (text: string) => combinedPhraseLength(tokenize(text, 0), [], 0);
    expect(m('the combined company will')).toBe(3);
    expect(m('la nouvelle société sera')).toBe(0);
    expect(m('the combined revenue of')).toBe(0);
  });
});

describe('plural kind nouns point at the pair just named', () => {
  it('reads "the two platforms" as the two merging companies', () => {
    const text =
      'Software makers Parcelia and Routix have agreed to merge. ' +
      'The two platforms compete mainly with Dispatcho in Europe.';
    const found = rivals(relationsOf(text));
    expect(found).toContain('Dispatcho ~ Parcelia');
    expect(found).toContain('Dispatcho ~ Routix');
  });

  it('leaves "deux concurrents" an apposition, no pointer', () => {
    expect(pairPhraseLength(tokenize('deux concurrents qui', 0), 0)).toBe(0);
    expect(pairPhraseLength(tokenize('les deux réseaux', 0), 0)).toBe(3);
  });
});

describe('"le fonds" after a fund-raising is the manager that raised it', () => {
  it('gives the manager the new fund’s investments', () => {
    const text =
      "Alderic Partners a annoncé le closing de son troisième fonds à 300 millions d'euros. " +
      'Le fonds a déjà investi dans la plateforme de paie Payrix.';
    expect(pairs(relationsOf(text), 'FUNDED')).toContain('Alderic Partners -> Payrix');
  });

  it('reads "The new fund" in English', () => {
    const text =
      'Brisco Ventures closed its second fund at $250 million. The new fund has invested in Tallow.';
    expect(pairs(relationsOf(text), 'FUNDED')).toContain('Brisco Ventures -> Tallow');
  });

  it('does not take a start-up raising money, nor "lever des fonds", for a fund manager', () => {
    const text =
      'La start-up Nuvalor a bouclé une série A menée par Sofimar Ventures. ' +
      'Elle espère lever des fonds en 2027. Le fonds a aussi investi dans Oxyna.';
    expect(pairs(relationsOf(text), 'FUNDED')).not.toContain('Nuvalor -> Oxyna');
  });

  it('is no pointer before a name or a complement', () => {
    const p = (text: string) => fundPointerLength(tokenize(text, 0), [], 0);
    expect(p('le fonds investira')).toBe(2);
    expect(p('the new fund has')).toBe(3);
    expect(p('le fonds de fonds')).toBe(0);
  });
});

describe('a pointer does not stand for a company its own clause names', () => {
  it('reads "La société a été rachetée par X" as X’s target, not X', () => {
    const text =
      'Ana Ferreira a créé Mobilex en 2018 avec Yusuf Demir.\n\n' +
      'La société a été rachetée mardi par le groupe Elvane.';
    expect(pairs(relationsOf(text, 'Elvane rachète Mobilex'), 'ACQUIRED')).toContain('Elvane -> Mobilex');
  });
});

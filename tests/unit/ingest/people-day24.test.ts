/**
 * Day twenty-four, founders and leaders. Two readings of structure, with near misses:
 * - a closed span ("de 1981 à 1999", "from 2001 to 2012") before the agent of a passive of heading tells the post
 *   as over even when the agent is restated by an apposed noun ("par sa fille, P", "by its former finance chief, P");
 * - the founder named after a deal's object in the seller's (or a sale's buyer's) group ("from the company's
 *   founder, P", "back to the firm's co-founder, P", "au fondateur de l'entreprise, P") founded that object, not the
 *   sentence's subject.
 * Sentences written for these tests; they appear in no gold file.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

/** The LEADS and FOUNDED relations of `text`, as "TYPE source -> target". */
function facts(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === 'LEADS' || r.type === 'FOUNDED')
    .map(typedPair);
}

describe('a closed span before an apposed agent tells the post as over', () => {
  it.each([
    [
      'a kin noun after "par" (fr)',
      'La maison Perrot a été dirigée de 1995 à 2009 par la fille cadette du fondateur, Anne Perrot.',
      'LEADS Anne Perrot -> Perrot',
    ],
    [
      'a possessive kin noun after "par" (fr)',
      'Le groupe Sarlat a été présidé de 2004 à 2011 par son neveu, Luc Sarlat.',
      'LEADS Luc Sarlat -> Sarlat',
    ],
    [
      'a possessive title after "by" (en)',
      'Brindal Foods was led from 2001 to 2012 by its former finance chief, Carol Mayer.',
      'LEADS Carol Mayer -> Brindal Foods',
    ],
  ])('%s', (_name, text, refused) => {
    expect(facts(text)).not.toContain(refused);
  });

  it.each([
    [
      'a post held since a date (fr)',
      'Depuis 2019, la maison Perrot est dirigée par la fille cadette du fondateur, Anne Perrot.',
      'LEADS Anne Perrot -> Perrot',
    ],
    [
      'a present passive with the same apposition (en)',
      'Brindal Foods is now led by its former finance chief, Carol Mayer.',
      'LEADS Carol Mayer -> Brindal Foods',
    ],
  ])('near miss, still a head: %s', (_name, text, kept) => {
    expect(facts(text)).toContain(kept);
  });
});

describe("the founder in a deal's seller group founded the deal's object", () => {
  it.each([
    [
      '"from the company\'s founder" after a purchase (en)',
      "Steelbridge, which bought chair maker Oakridge Seating in 2020 from the company's founder, Pierre Lafleur, grew fast.",
      'FOUNDED Pierre Lafleur -> Oakridge Seating',
      'LEADS Pierre Lafleur -> Steelbridge',
    ],
    [
      '"back to the firm\'s co-founder" after a sale (en)',
      "Norvik also sold its 20% holding in cable maker Fjellkabel back to the firm's co-founder, Maya Rees, in March.",
      'FOUNDED Maya Rees -> Fjellkabel',
      'FOUNDED Maya Rees -> Norvik',
    ],
    [
      '"au fondateur de l\'entreprise" after a purchase (fr)',
      "Le groupe Sodimat a racheté en 2021 la PME Tressol au fondateur de l'entreprise, Gérard Lambin.",
      'FOUNDED Gérard Lambin -> Tressol',
      'FOUNDED Gérard Lambin -> Sodimat',
    ],
  ])('%s', (_name, text, read, refused) => {
    const got = facts(text);
    expect(got).toContain(read);
    expect(got).not.toContain(refused);
  });

  it("near miss: the subject's own founder, named outside any deal, stays the subject's", () => {
    expect(facts('Tressol was founded in 1987 by Gérard Lambin and makes valves in Lyon.')).toContain(
      'FOUNDED Gérard Lambin -> Tressol',
    );
    expect(
      facts('Le groupe Sodimat, dont le fondateur est Marc Duval, a racheté la PME Tressol.'),
    ).not.toContain('FOUNDED Marc Duval -> Tressol');
  });
});

describe('a bare-titled speaker reporting a named company’s own plans heads that company', () => {
  it.each([
    [
      'told an outlet, a time phrase, "that Y … its" (en)',
      'Bramwell Logistics cut jobs. The field is open to Calder Freight, its main rival. Chief Executive Imogen Shaw told Reuters last month that Calder Freight expected a third of its revenue to come from Europe.',
      'LEADS Imogen Shaw -> Calder Freight',
      'LEADS Imogen Shaw -> Bramwell Logistics',
    ],
    [
      '"a indiqué à Reuters que Y … ses" (fr)',
      'Marcel Royer Industrie a perdu un contrat au profit de Forgeal. La directrice générale Nadia Benali a indiqué à Reuters que Forgeal comptait doubler ses capacités.',
      'LEADS Nadia Benali -> Forgeal',
      'LEADS Nadia Benali -> Marcel Royer Industrie',
    ],
  ])('%s', (_name, text, read, refused) => {
    const got = facts(text);
    expect(got).toContain(read);
    expect(got).not.toContain(refused);
  });

  it('near miss: a company the speaker only talks about, with no possessive of its own, stays a topic reading', () => {
    const got = facts(
      'Acme Tools agreed to buy Brisk Saws. Chief executive John Dole said Brisk Saws would give the group a foothold in Texas.',
    );
    expect(got).toContain('LEADS John Dole -> Acme Tools');
    expect(got).not.toContain('LEADS John Dole -> Brisk Saws');
  });
});

describe('"Company chairman P said" keeps the title', () => {
  it('reads the title after a bare company noun as the topic company’s (en)', () => {
    expect(
      facts('Halvern Mining cut its dividend. Company chairman Robert G. Reed said prices would recover.'),
    ).toContain('LEADS Robert G. Reed -> Halvern Mining');
    expect(
      facts('Halvern Mining cut its dividend. Group chairwoman Ann Booth said prices would recover.'),
    ).toContain('LEADS Ann Booth -> Halvern Mining');
  });

  it('near miss: a spokesman is no head', () => {
    expect(
      facts('Halvern Mining cut its dividend. Company spokesman Tom Reed said prices would recover.'),
    ).not.toContain('LEADS Tom Reed -> Halvern Mining');
  });
});

describe('a successor’s relative clause: the founder succeeded founded the successor’s company, and left', () => {
  it.each([
    [
      '"présidente d\'X, qui a succédé en 2022 au fondateur" (fr)',
      "Le fabricant Altifix vend des harnais. « Nous misons sur le poids », explique Claire Bouvier, présidente d'Altifix, qui a succédé en 2022 au fondateur, Jean-Marc Perrin.",
      'FOUNDED Jean-Marc Perrin -> Altifix',
      'LEADS Jean-Marc Perrin -> Altifix',
    ],
    [
      '"dirigé par P, qui a succédé au fondateur" (fr)',
      'Son concurrent, la coopérative Monts du Cantal, est dirigé depuis 2015 par Sylvain Delmas, qui a succédé au fondateur, Raymond Teyssier.',
      'FOUNDED Raymond Teyssier -> Monts du Cantal',
      'LEADS Raymond Teyssier -> Monts du Cantal',
    ],
    [
      '"chief executive of X, who succeeded founder Q" (en)',
      'Harlow Foods makes pies. Anna Kerr, chief executive of Harlow Foods, who succeeded founder Peter Gale in 2019, said sales rose.',
      'FOUNDED Peter Gale -> Harlow Foods',
      'LEADS Peter Gale -> Harlow Foods',
    ],
  ])('%s', (_name, text, read, refused) => {
    const got = facts(text);
    expect(got).toContain(read);
    expect(got).not.toContain(refused);
  });

  it('near miss: a predecessor moving to the chair in a present handover still heads the company', () => {
    expect(
      facts('Harlow Foods named Anna Kerr chief executive, succeeding Peter Gale, who will become chairman.'),
    ).toContain('LEADS Peter Gale -> Harlow Foods');
  });
});

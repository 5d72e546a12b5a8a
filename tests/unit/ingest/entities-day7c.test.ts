import { extractArticle } from '../../../ingest/extract';
import type { ExtractedEntity } from '../../../ingest/types';

/**
 * Names of the seventh day's third round, on full articles: clinical stages, places after a site word, long
 * institution names and their bracketed short forms, less common given names and founding words that open a
 * sentence. Every sentence is written for this file; positive and negative cases side by side.
 */
function entities(text: string): ExtractedEntity[] {
  return extractArticle({ file: 'day7c', text }).entities;
}

function names(text: string): string[] {
  return entities(text).map((e) => e.name);
}

function entityOf(text: string, name: string): ExtractedEntity | undefined {
  return entities(text).find((e) => e.name === name || e.aliases.includes(name));
}

describe('a clinical trial stage is no organisation', () => {
  it('drops "Phase" before a stage number, arabic or roman', () => {
    const text =
      'Morlane Bio raised $40 million from Tessel Ventures to run a Phase 2 trial and prepare a Phase IIb study.';
    expect(names(text).some((n) => n.startsWith('Phase'))).toBe(false);
    expect(names(text)).toContain('Tessel Ventures');
  });

  it('keeps a company whose name merely contains the word', () => {
    expect(
      names('Tessel Ventures led the round in Phase Forward Analytics, a Boston software maker.'),
    ).toContain('Phase Forward Analytics');
  });
});

describe('a place after a site word', () => {
  it('drops towns and regions after "installé à", "based in", "usine en", "factory in"', () => {
    const fr = names(
      'Gravel a racheté Papeteries Morvan, un fabricant installé à Quimperlé, et son usine en Ostrevent.',
    );
    expect(fr).toContain('Papeteries Morvan');
    expect(fr).not.toContain('Quimperlé');
    expect(fr).not.toContain('Ostrevent');
    const en = names(
      'Holvane said it would open its first factory in Westmarsh and keep its team in Dalbury.',
    );
    expect(en).not.toContain('Westmarsh');
    expect(en).not.toContain('Dalbury');
  });

  it('keeps a name after a locative preposition that follows no site word', () => {
    expect(names('Le fonds a investi dans Quimpertech, aux côtés de Brenval.')).toContain('Quimpertech');
  });
});

describe('long institution names and their short forms', () => {
  it('keeps "des X et Ys" whole and links its bracketed acronym', () => {
    const text = 'Le tour est mené par Korvan Partners, avec la Caisse des dépôts et consignations (CDC).';
    const caisse = entityOf(text, 'Caisse des dépôts et consignations');
    expect(caisse?.type).toBe('Organization');
    expect(caisse?.aliases).toContain('CDC');
  });

  it('does not take a capitalised name after "et" into the institution', () => {
    const found = names('La Fédération des entreprises et Orvalia ont signé un accord.');
    expect(found).toContain('Orvalia');
    expect(found.some((n) => n.includes('Orvalia') && n !== 'Orvalia')).toBe(false);
  });

  it('makes a one-word brand in brackets an alias of the longer name with its initial', () => {
    const text =
      "Le prêt vient de la Banque publique d'investissement (Bpifrance) et du Crédit Mutuel Arkéa.";
    expect(entityOf(text, "Banque publique d'investissement")?.aliases).toContain('Bpifrance');
    expect(names(text)).not.toContain('Bpifrance');
  });

  it('keeps two named parties apart when the bracketed name opens with another letter', () => {
    const text = 'Tessel Ventures (Korvan Partners) et Brenval ont investi dans Morlane.';
    expect(entityOf(text, 'Tessel Ventures')?.aliases ?? []).not.toContain('Korvan Partners');
  });
});

describe('less common given names and accented spellings', () => {
  it('types Dutch, German, Breton and Portuguese given names as persons', () => {
    expect(entityOf('Partner Wiebke Harmsen will join the board of Tessaly.', 'Wiebke Harmsen')?.type).toBe(
      'Person',
    );
    expect(entityOf('Gwenola Le Bihan dirige Ker Avalon depuis 2020.', 'Gwenola Le Bihan')?.type).toBe(
      'Person',
    );
    expect(
      entityOf('Gonçalo Pires will run the invoicing product of Stridepay.', 'Gonçalo Pires')?.type,
    ).toBe('Person');
  });

  it('reads a given name written with accents the list lacks', () => {
    expect(entityOf('Zdeněk Horák will run the unit of Stridepay.', 'Zdeněk Horák')?.type).toBe('Person');
  });

  it('keeps a later surname-only mention with the person', () => {
    const text =
      'Co-founders Joana Ferreira and Tiago Matos will stay on; Ferreira, Contaly’s CEO, will run it.';
    const joana = entityOf(text, 'Joana Ferreira');
    expect(joana?.type).toBe('Person');
    expect(names(text)).not.toContain('Ferreira');
  });

  it('does not make a company word a person', () => {
    expect(entityOf('Korvan Partners led the round in Stridepay.', 'Korvan Partners')?.type).toBe(
      'Organization',
    );
  });
});

describe('a founding word that opens a sentence', () => {
  it('is cut off the names after it and never a name alone', () => {
    const found = names(
      'Co-founders Maaike Jansen and Ruud Bakker still run Tessaly. Co-founded in 2020, it sells tea.',
    );
    expect(found).toContain('Maaike Jansen');
    expect(found.some((n) => /^co-?found/i.test(n))).toBe(false);
    const fr = names('Cofondée en 2019 par Armelle Quintard, Lumivo vend des capteurs.');
    expect(fr).toContain('Armelle Quintard');
    expect(fr.some((n) => /^cofond/i.test(n))).toBe(false);
  });

  it('leaves a company named with a founding word in the middle alone', () => {
    expect(names('Tessel Ventures backed Founders Forge Labs, a studio in Lyon.')).toContain(
      'Founders Forge Labs',
    );
  });
});

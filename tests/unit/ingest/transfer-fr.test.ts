import { facts, pair, run } from './helpers';
import { paragraphStarts } from '../../../ingest/relations/paragraph-starts';
import { splitSentences } from '../../../ingest/sentences';

function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair);
}

describe('a cue noun with a "de + noun" complement before the name', () => {
  it('reads the name, not an earlier company, as the subject of the loan', () => {
    const text = [
      "L'éditeur grenoblois Morvane Logiciels recrute quarante ingénieurs.",
      '',
      "Le groupe de distribution médicale Quenta Santé a obtenu un prêt de 5 millions d'euros de la Caisse Alpine.",
    ].join('\n');
    const funded = pairs(text, 'FUNDED');
    expect(funded).toContain('Caisse Alpine -> Quenta Santé');
    expect(funded).not.toContain('Caisse Alpine -> Morvane Logiciels');
  });

  it('reads a buyer described by a complement', () => {
    const text = [
      'Le cartonnier Valmore Emballages investit dans une ligne neuve.',
      '',
      "La société de conseil Dravelle a racheté l'atelier Bonnefoy en avril pour 3 millions d'euros.",
    ].join('\n');
    expect(pairs(text, 'ACQUIRED')).toEqual(['Dravelle -> Bonnefoy']);
  });
});

describe('a subject before a funding phrase that names only the lender', () => {
  it('funds the subject of the sentence', () => {
    const text = [
      'Le fabricant nantais Orbelis ouvre une usine.',
      '',
      'Le transporteur Vantelle Fret a décroché un emprunt de 9 millions auprès de la Banque Maritime.',
    ].join('\n');
    expect(pairs(text, 'FUNDED')).toEqual(['Banque Maritime -> Vantelle Fret']);
  });
});

describe('a fronted passive with a price phrase before its comma', () => {
  it('reads the buyer and the target', () => {
    const text =
      "Reprise par le groupe suisse Halvorn pour un montant proche de 30 millions d'euros, la société Tessaline, qui fabrique des capteurs, garde son siège.";
    expect(pairs(text, 'ACQUIRED')).toEqual(['Halvorn -> Tessaline']);
  });
});

describe('paragraph starts', () => {
  it('are blank lines or indented lines, not two spaces after a full stop', () => {
    const text = 'Un. Deux.  Trois.\n\nQuatre.\n    Cinq.';
    const sentences = splitSentences(text);
    const starts = paragraphStarts(text, sentences);
    const opening = sentences.filter((_, i) => starts[i]).map((s) => s.text);
    expect(opening).toEqual(['Quatre.', 'Cinq.']);
  });
});

describe('a round told from its lead, then who joined it', () => {
  const text = [
    "La medtech toulousaine Sorelia lève 11 millions d'euros.",
    '',
    'Le tour de table est emmené par le fonds munichois Altbrunn Capital, rejoint par Pelagon et par la banque Ivrault.',
  ].join('\n');

  it('reads "emmené par" as the lead and each joiner as an investor of the company', () => {
    const funded = pairs(text, 'FUNDED');
    expect(funded).toEqual(
      expect.arrayContaining(['Altbrunn Capital -> Sorelia', 'Pelagon -> Sorelia', 'Ivrault -> Sorelia']),
    );
    expect(funded).not.toContain('Pelagon -> Altbrunn Capital');
  });
});

describe('"la PME", "la jeune pousse" point back like "la société"', () => {
  it.each([
    [
      "Le torréfacteur Caferro ouvre un atelier. La PME s'était déjà offert en 2021 la brûlerie Tassine.",
      'ACQUIRED',
    ],
    ['Le studio Pixmoor prépare un jeu. La jeune pousse a racheté Lumbra en mars.', 'ACQUIRED'],
  ])('%s', (text, type) => {
    const found = pairs(text, type);
    expect(found.length).toBe(1);
    expect(found[0]).toMatch(/^(Caferro|Pixmoor) -> /);
  });
});

describe('one buyer, two purchases in coordinated clauses', () => {
  it.each([
    "L'imprimeur Galvène a repris en 2022 la société lilloise Fontis, puis racheté au printemps l'éditeur de logiciels de paie Corvex.",
    "Galvène s'est offert Fontis, puis a mis la main sur Corvex.",
    'Galvène a racheté Fontis en 2021 et a ensuite acquis Corvex.',
  ])('%s', (text) => {
    const acquired = pairs(text, 'ACQUIRED');
    expect(acquired).toContain('Galvène -> Corvex');
    expect(acquired).not.toContain('Fontis -> Corvex');
  });

  it('does not stack a second purchase on a pointer', () => {
    const text = [
      'Le câblier Orsimo publie ses comptes. Le distributeur Pellaz recrute.',
      '',
      'Le groupe a repris Fontis, puis racheté Corvex.',
    ].join('\n');
    const second = facts(run(text), 'ACQUIRED').filter((r) => r.rule.startsWith('fr.acquired.second-verb'));
    expect(second).toEqual([]);
  });
});

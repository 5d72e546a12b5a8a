import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/**
 * Entity name → type from the entity stages alone (no relation rules), so that a name counts only when its own
 * cue typed it; a tentative name with no role is left out, as in the public output.
 */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

describe('names in the slot of a backer, a lender or a rival', () => {
  it('types the agent of a backing participle and its echo after "et par"', () => {
    const t = types(
      'Le tour de 9 millions d’euros est accompagné par Quillenor et par Dravanta, actionnaires depuis 2021.',
    );
    expect(t.get('Quillenor')).toBe('Organization');
    expect(t.get('Dravanta')).toBe('Organization');
  });

  it('types the second lender of "auprès de A, qui …, et de B"', () => {
    const t = types(
      'La PME a réuni 3 millions d’euros auprès de Morvessa, qui mène le tour, et de Tallibre.',
    );
    expect(t.get('Tallibre')).toBe('Organization');
  });

  it('types the source of a loan and the subject of a lending verb', () => {
    const en = types('The purchase is paid for with cash and a new credit facility from Hollenby.');
    expect(en.get('Hollenby')).toBe('Organization');
    const fr = types(
      'La région garantit le projet, tandis que Cordanne apporte un prêt de 4 millions d’euros.',
    );
    expect(fr.get('Cordanne')).toBe('Organization');
  });

  it('types rivals after "face à" in a sentence about a market, members of the list included', () => {
    const t = types('Sur le marché des assurances, nous perdons des clients face à Velmora et Ostrane.');
    expect(t.get('Velmora')).toBe('Organization');
    expect(t.get('Ostrane')).toBe('Organization');
  });

  it('leaves "face à" in sport alone, even in a match "round"', () => {
    const t = types('Au deuxième tour, elle s’incline face à Maritsa Volkova en trois sets.');
    expect(t.get('Maritsa Volkova')).not.toBe('Organization');
    const goal = types('Il marque son premier but face à Castellane, lors de la dixième journée.');
    expect(goal.has('Castellane')).toBe(false);
  });

  it('types the firm hired for a deal and a firm that advises one', () => {
    const hired = types('The private equity firm has hired Brenholt to run the sale process.');
    expect(hired.get('Brenholt')).toBe('Organization');
    const adv = types('Ostwick is advising the buyer on the $40 million deal.');
    expect(adv.get('Ostwick')).toBe('Organization');
  });

  it('does not take a lone surname of a person the article names for a firm', () => {
    const t = types(
      'Clara Brenholt runs the fund. The private equity firm has hired Brenholt to run the sale.',
    );
    expect(t.get('Brenholt')).not.toBe('Organization');
  });
});

describe('a company introduced by a descriptor', () => {
  it('types a name after a French trade noun and a demonym in a business sentence', () => {
    const t = types('Le transporteur breton Kervalis a été repris pour un montant non communiqué.');
    expect(t.get('Kervalis')).toBe('Organization');
  });

  it('needs an agent noun that is no occupation of a person', () => {
    const t = types('Le peintre breton Kervalis expose au marché de Noël pour 300 euros.');
    expect(t.get('Kervalis')).not.toBe('Organization');
  });

  it('types a name after an English nationality and agent noun, or a "-based" qualifier', () => {
    const t = types(
      'Danish freight operator Skovlund expects more clients. Oslo-based Fjordvik expects more clients too.',
    );
    expect(t.get('Skovlund')).toBe('Organization');
    expect(t.get('Fjordvik')).toBe('Organization');
  });

  it('does not read a French sentence as an English descriptor', () => {
    const t = types('Le marché du Pacifique Indien et notamment une ZPPA attire 2 millions d’euros.');
    expect(t.get('ZPPA')).not.toBe('Organization');
  });

  it('types the owner of a product range or brand', () => {
    const t = types(
      'Sur ce marché, les distributeurs préfèrent la gamme bio de Pellucia et les marques de Varonde.',
    );
    expect(t.get('Pellucia')).toBe('Organization');
    expect(t.get('Varonde')).toBe('Organization');
  });
});

describe('credits, contractions and merged names', () => {
  it('drops newsroom credits in brackets', () => {
    const t = types(
      'LYON, 3 mai (Dépêche) – Le marché a progressé. La croissance ralentit. (Rédaction Lyon)',
    );
    expect(t.has('Dépêche')).toBe(false);
    expect(t.has('Rédaction Lyon')).toBe(false);
    const en = types('MADRID, May 3 (Wire) - Prices rose.');
    expect(en.has('Wire')).toBe(false);
  });

  it("drops an English first person's contraction", () => {
    const t = types("I'm still chief executive, Ilsa still runs the market desk.");
    expect(t.has("I'm")).toBe(false);
  });

  it('keeps a merged company named after both parties apart from the first party', () => {
    const t = types(
      'Le groupe Norvane et le groupe Castelbri annoncent leur fusion. ' +
        'L’opération donnera naissance à Norvane Castelbri, un groupe de 900 salariés.',
    );
    expect(t.get('Norvane')).toBe('Organization');
    expect(t.get('Norvane Castelbri')).toBe('Organization');
  });

  it('names a renamed company by its new name', () => {
    const t = types(
      'Le groupe Orlavia, devenu Tessarine en 2021, a racheté un concurrent pour 8 millions d’euros.',
    );
    expect(t.get('Tessarine')).toBe('Organization');
    expect(t.has('Orlavia')).toBe(false);
  });

  it('does not read a town ending in "ès" as a plural team name', () => {
    const t = types('La cession du site de Brès de Valmora Group à un concurrent a été finalisée.');
    expect(t.get('Valmora Group')).toBe('Organization');
    expect(t.has('Brès de Valmora Group')).toBe(false);
  });
});

describe('people named as agents of founding or leading', () => {
  it('reads "chaired by" and "dirigée par" with a given name we do not know', () => {
    const en = types('Corvessa, chaired by Ilkka Varanov, now runs more sites than its rivals.');
    expect(en.get('Ilkka Varanov')).toBe('Person');
    const fr = types('La société, dirigée par Ysolde Kerbrat, vise 10 millions d’euros de revenus.');
    expect(fr.get('Ysolde Kerbrat')).toBe('Person');
  });

  it('reads a founder after descriptors between "by" and the name', () => {
    const t = types('Founded in 2015 by former ESPN producer Tavish Morrone, Podlark makes 30 shows.');
    expect(t.get('Tavish Morrone')).toBe('Person');
  });

  it('reads the speaker named right after "said" in quoted copy, not a company after it', () => {
    const t = types('"We had no choice," said Yrsa Marrack, owner of Marrack Freight Ltd in Leeds.');
    expect(t.get('Yrsa Marrack')).toBe('Person');
    expect(t.get('Marrack Freight Ltd')).toBe('Organization');
    const firm = types('"We had no choice," said Brantley Logistics Ltd, which runs the depot.');
    expect(firm.get('Brantley Logistics Ltd')).toBe('Organization');
  });

  it('keeps a company-shaped agent a company', () => {
    const t = types('The platform, run by Harrowgate Holdings, employs 400 people.');
    expect(t.get('Harrowgate Holdings')).toBe('Organization');
  });
});

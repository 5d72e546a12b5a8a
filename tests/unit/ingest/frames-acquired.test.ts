import { pairsByRule, pairsOf } from './frames-test-helpers';

/** ACQUIRED facts of one text as "buyer -> bought". */
function pairs(text: string): string[] {
  return pairsOf(text, 'ACQUIRED');
}

/** The facts a frame reader (not a pattern rule) read. */
function framePairs(text: string): string[] {
  return pairsByRule(text, 'ACQUIRED', 'any.acquired.frame');
}

describe('frame passive: the participle and its agent swap the roles', () => {
  it('reads the agent behind a long French descriptor', () => {
    expect(
      pairs(
        'Le torréfacteur Caféa, qui compte 80 salariés, a été repris en juin par le négociant bordelais en vins et spiritueux Vinexor.',
      ),
    ).toEqual(['Vinexor -> Caféa']);
  });

  it('reads "fut rachetée … par" with a descriptor between the verb and the agent', () => {
    expect(
      framePairs(
        "La fromagerie Brévalon a été rachetée l'an dernier par le spécialiste lyonnais de la charcuterie fine Terrabel.",
      ),
    ).toEqual(['Terrabel -> Brévalon']);
  });

  it('reads an English phrasal passive whose agent is a part of its owner', () => {
    expect(
      framePairs(
        'The logistics firm Kelmont Freight was snapped up last spring by the private equity arm of Ardwell Partners.',
      ),
    ).toEqual(['Ardwell Partners -> Kelmont Freight']);
  });

  it('reads "is now owned by" but not a plain "owned by"', () => {
    expect(framePairs('Marlow Brewing is now owned by the Dutch drinks group Verhaegen.')).toEqual([
      'Verhaegen -> Marlow Brewing',
    ]);
    expect(pairs('Marlow Brewing, the cider maker, is owned by Verhaegen Group.')).toEqual([]);
  });

  it('takes the named head, not the place that qualifies it, as the company bought', () => {
    expect(framePairs('The Mersey bakery Hobbs Rye was taken over in May by Bellcourt Media.')).toEqual([
      'Bellcourt Media -> Hobbs Rye',
    ]);
  });

  it('does not read a participle that qualifies an object noun', () => {
    expect(pairs('Ostrel Systems sells valves bought by Brenmoor Holdings.')).toEqual([]);
  });
});

describe('frame verb: subject of the clause buys the first company after the verb', () => {
  it('reads a French verb whose object follows "de"', () => {
    expect(framePairs("Le groupe Pormelle s'est emparé de la coopérative Agrinor.")).toEqual([
      'Pormelle -> Agrinor',
    ]);
  });

  it('reads an English verb after a relative pronoun for its antecedent', () => {
    expect(
      framePairs(
        'Dantec Robotics, which climbed to first place after absorbing Helvex Automation, now employs 900 people.',
      ),
    ).toEqual(['Dantec Robotics -> Helvex Automation']);
  });

  it('does not read an infinitive after a noun ("proposals to buy")', () => {
    expect(pairs('Halvorsen Marine received proposals to absorb Ostrel Systems.')).toEqual([]);
  });

  it('does not read a negated verb', () => {
    expect(pairs("Brenmoor Holdings s'est emparé de la coopérative Agrinor.")).toEqual([
      'Brenmoor Holdings -> Agrinor',
    ]);
    expect(pairs("Brenmoor Holdings ne s'est jamais emparé de la coopérative Agrinor.")).toEqual([]);
  });
});

describe('frame reduced relative: "Y, a firm X bought in 2022"', () => {
  it('reads the buyer before the verb and the company the apposition describes', () => {
    expect(
      framePairs('Corvane, a logistics software firm Brenmoor Holdings bought in 2022, doubled its sales.'),
    ).toEqual(['Brenmoor Holdings -> Corvane']);
  });

  it('does not read a verb of another kind in the same shape', () => {
    expect(
      pairs('Lymtech Ltd said it had hired Pallway, a consulting company Brenmoor Holdings advises.'),
    ).toEqual([]);
  });
});

describe('frame noun: the clause subject buys the complement of "rachat" / "acquisition"', () => {
  it('reads the complement past its descriptor', () => {
    expect(
      framePairs('Brenmoor Holdings a finalisé le rachat du fabricant alsacien de vannes Ostrel Industrie.'),
    ).toEqual(['Brenmoor Holdings -> Ostrel Industrie']);
  });

  it('reads the subject of the relative clause the noun stands in', () => {
    expect(
      framePairs(
        "Le classement distingue Solvane, qui gagne deux places après l'intégration de Brisac Emballages.",
      ),
    ).toEqual(['Solvane -> Brisac Emballages']);
  });

  it('does not make a lender or an adviser the buyer', () => {
    expect(pairs('Brenmoor Holdings a financé le rachat de Ostrel Industrie.')).toEqual([]);
  });

  it('does not read a counted acquisition, whose complement is the buyer', () => {
    expect(pairs('La troisième acquisition de Brenmoor Holdings, Ostrel Industrie, a été bouclée.')).toEqual(
      [],
    );
  });
});

describe('frame idioms: the buyer as the owner of a domain', () => {
  it('reads "est passée dans le giron du groupe Y"', () => {
    expect(pairs('La biscuiterie Malvoisine est passée dans le giron du groupe Terrelle.')).toEqual([
      'Terrelle -> Malvoisine',
    ]);
  });

  it('reads "l\'adossement de X à Y"', () => {
    expect(framePairs("L'adossement de Pixelnord à Groupe Vantaa a été finalisé en mai.")).toEqual([
      'Groupe Vantaa -> Pixelnord',
    ]);
  });

  it('does not read a domain noun used of something else', () => {
    expect(
      pairs('La biscuiterie Malvoisine expose sous le pavillon du salon, face au groupe Terrelle.'),
    ).toEqual([]);
  });
});

describe('frame membership: "now part of", "fait désormais partie de"', () => {
  it('reads membership just reached, not plain membership', () => {
    expect(framePairs('Pelham Audio is now part of the Danish group Kvist Holding.')).toEqual([
      'Kvist Holding -> Pelham Audio',
    ]);
    expect(pairs('Pelham Audio is part of the Danish group Kvist Holding.')).toEqual([]);
  });

  it('reads the French form after "désormais" only', () => {
    expect(framePairs('La conserverie Kerbolo fait désormais partie du groupe Marinval.')).toEqual([
      'Marinval -> Kerbolo',
    ]);
    expect(pairs('La conserverie Kerbolo fait partie des fournisseurs du groupe Marinval.')).toEqual([]);
  });
});

describe('frame subject of a reported clause', () => {
  it('makes the reporter the buyer when it speaks of itself ("said on Monday it had completed")', () => {
    expect(
      framePairs(
        "Brazil's Grupo Tavira said on Monday it had completed the purchase of the southern operations of Pallard Contact.",
      ),
    ).toEqual(['Grupo Tavira -> Pallard Contact']);
  });

  it('keeps the named subject of the reported clause', () => {
    expect(
      framePairs(
        'Grupo Tavira said Pallard Contact had completed the purchase of the southern operations of Lumeo Systems.',
      ),
    ).toEqual(['Pallard Contact -> Lumeo Systems']);
  });
});

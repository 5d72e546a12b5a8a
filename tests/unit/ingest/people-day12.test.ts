import { facts, run } from './helpers';

/** The facts of one type as "person -> org", sorted. */
function pairs(text: string, type: string): string[] {
  return facts(run(text), type)
    .map((r) => `${r.source} -> ${r.target}`)
    .sort();
}

describe('a head apposed with the company origin and trade (any.leads.apposition-descriptor-en)', () => {
  it('reads the title whatever origin or trade words stand between "of" and the name', () => {
    expect(
      pairs(
        'Tom Hallen, chairman and chief executive of U.S. utility Calloway Energy, told Reuters in January his company could be interested.',
        'LEADS',
      ),
    ).toEqual(['Tom Hallen -> Calloway Energy']);
    expect(
      pairs('Jane Doe, chief executive of London-based insurer Telvio, said on Monday.', 'LEADS'),
    ).toEqual(['Jane Doe -> Telvio']);
    expect(pairs('Jane Doe, CEO of Swiss drugmaker Telvio said on Monday.', 'LEADS')).toEqual([
      'Jane Doe -> Telvio',
    ]);
    expect(
      pairs('Ola Berg, managing director of Norwegian carrier Fjordline, told reporters.', 'LEADS'),
    ).toEqual(['Ola Berg -> Fjordline']);
  });

  it('reads no post given up, no deputy and no company that only qualifies another', () => {
    expect(
      pairs(
        'Existing backers Meridian Peak and Tomás Ibarra, the former chief executive of launch firm Ascentra, also took part.',
        'LEADS',
      ),
    ).toEqual([]);
    expect(pairs('Jane Doe, vice president of German carmaker Telvio, said.', 'LEADS')).toEqual([]);
    expect(pairs('Jane Doe, chief financial officer of British retailer Telvio, said.', 'LEADS')).toEqual([]);
    expect(
      pairs(
        '"Clients ask for outcomes," said Meera Iyer, chief executive of Bangalore-based Sutherland rival Kairos Global Services, which grew fast.',
        'LEADS',
      ),
    ).not.toContain('Meera Iyer -> Sutherland');
  });
});

describe('founders named as the sellers of their company (frame.founded.deal-object-founder)', () => {
  it('reads founders after a seller preposition with an article, none or a fused one', () => {
    expect(pairs('Kalmar Industries bought Bergen Rubber from founder Nils Lindqvist.', 'FOUNDED')).toEqual([
      'Nils Lindqvist -> Bergen Rubber',
    ]);
    expect(
      pairs('Nordwind bought Paylane from the founders, Lucie Tanguy and Olivier Nkoulou.', 'FOUNDED'),
    ).toEqual(['Lucie Tanguy -> Paylane', 'Olivier Nkoulou -> Paylane']);
    expect(
      pairs('Kronwerk rachète Paylane aux fondateurs, Lucie Tanguy et Olivier Nkoulou.', 'FOUNDED'),
    ).toEqual(['Lucie Tanguy -> Paylane', 'Olivier Nkoulou -> Paylane']);
  });

  it('reads founders coordinated with a first seller as the object company founders, not the first seller', () => {
    expect(
      pairs(
        'Kronwerk acquiert 100 % du capital de Paylane auprès du fonds Ardour Capital et des fondateurs, Lucie Tanguy et Olivier Nkoulou.',
        'FOUNDED',
      ),
    ).toEqual(['Lucie Tanguy -> Paylane', 'Olivier Nkoulou -> Paylane']);
    expect(
      pairs(
        'Nordwind bought Paylane from Ardour Capital and its founders, Lucie Tanguy and Olivier Nkoulou.',
        'FOUNDED',
      ),
    ).toEqual(['Lucie Tanguy -> Paylane', 'Olivier Nkoulou -> Paylane']);
  });

  it('leaves the founder of a seller fund and a company named with its own founders alone', () => {
    expect(
      pairs(
        'Nordwind rachète Paylane à Ardour Capital, dont le fondateur, Jean Dupont, siège au conseil.',
        'FOUNDED',
      ),
    ).toEqual(['Jean Dupont -> Ardour Capital']);
    expect(
      pairs('Paylane and its founders, Lucie Tanguy and Olivier Nkoulou, declined to comment.', 'FOUNDED'),
    ).toEqual(['Lucie Tanguy -> Paylane', 'Olivier Nkoulou -> Paylane']);
  });
});

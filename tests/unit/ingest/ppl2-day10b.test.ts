import { sortedPairs as read } from './frames-test-helpers';

/** Day ten, round two, founders and leaders: co-founders after a pointer, relatives after an agent, possessive openers. */

describe('a co-founder named after a pointer object ("who co-founded the company in 2009 with Q")', () => {
  it('reads the co-founder as well as the subject, in both languages and tenses', () => {
    const en = 'Medicalis Ltd makes cardiac sensors. ';
    expect(
      read(
        `${en}Helen Vasseur, who co-founded the company in 2009 with researcher Bruno Teyssier, spoke.`,
        'FOUNDED',
      ),
    ).toEqual(['Bruno Teyssier -> Medicalis Ltd', 'Helen Vasseur -> Medicalis Ltd']);
    expect(
      read(`${en}Helen Vasseur, who started the business with Bruno Teyssier, spoke.`, 'FOUNDED'),
    ).toEqual(['Bruno Teyssier -> Medicalis Ltd', 'Helen Vasseur -> Medicalis Ltd']);
    const fr = 'La société Medicalis SA fabrique des capteurs. ';
    expect(
      read(`${fr}Hélène Vasseur, qui avait créé l'entreprise avec Bruno Teyssier, parle.`, 'FOUNDED'),
    ).toEqual(['Bruno Teyssier -> Medicalis SA', 'Hélène Vasseur -> Medicalis SA']);
  });

  it('reads no helper named after "with the help of"', () => {
    const fr = 'La société Medicalis SA fabrique des capteurs. ';
    expect(
      read(
        `${fr}Hélène Vasseur, qui a fondé l'entreprise avec le soutien de Bruno Teyssier, parle.`,
        'FOUNDED',
      ),
    ).not.toContain('Bruno Teyssier -> Medicalis SA');
  });
});

describe('a relative after a person who is the agent of a passive ("assurée par P, qui a cofondé …")', () => {
  it('takes the person as the founder, with a co-founder or a named company', () => {
    const fr = 'La société Medicalis SA fabrique des capteurs. ';
    expect(
      read(
        `${fr}La présidence du conseil reste assurée par Hélène Vasseur, qui a cofondé la société en 2009 avec le chercheur Bruno Teyssier.`,
        'FOUNDED',
      ),
    ).toEqual(['Bruno Teyssier -> Medicalis SA', 'Hélène Vasseur -> Medicalis SA']);
    expect(
      read(
        `${fr}La direction est confiée à Hélène Vasseur, qui avait fondé Medicalis SA en 2009.`,
        'FOUNDED',
      ),
    ).toEqual(['Hélène Vasseur -> Medicalis SA']);
    const en = 'Medicalis Ltd makes cardiac sensors. ';
    expect(
      read(
        `${en}The board is chaired by Helen Vasseur, who co-founded the company in 2009 with Bruno Teyssier.`,
        'FOUNDED',
      ),
    ).toEqual(['Bruno Teyssier -> Medicalis Ltd', 'Helen Vasseur -> Medicalis Ltd']);
  });

  it('reads no negated founding and no lone pointer that may be another company', () => {
    const en = 'Medicalis Ltd makes cardiac sensors. ';
    expect(
      read(`${en}The board is chaired by Helen Vasseur, who has not founded any company.`, 'FOUNDED'),
    ).toEqual([]);
    const fr = 'Le groupe Baumann Optik SA vend des lunettes. ';
    expect(
      read(
        `${fr}Ancien patron de la filiale suisse de Baumann Optik, il succède à Inès Roux, qui avait fondé l'entreprise en 1994.`,
        'FOUNDED',
      ),
    ).toEqual([]);
  });
});

describe('a possessive opener before a founder noun or a title ("Sa cofondatrice, P, directrice générale, pilote")', () => {
  it('reads the apposed bare title as a post at the article company', () => {
    const fr = "La start-up Graines d'Avenir SAS a levé 5 millions d'euros. ";
    expect(
      read(
        `${fr}Sa cofondatrice, Yasmina Belkacem, directrice générale, pilote la partie industrielle.`,
        'LEADS',
      ),
    ).toEqual(["Yasmina Belkacem -> Graines d'Avenir SAS"]);
    expect(
      read(`${fr}Son cofondateur, Yann Belkacem, président du directoire, supervise la recherche.`, 'LEADS'),
    ).toEqual(["Yann Belkacem -> Graines d'Avenir SAS"]);
    const en = 'Graines Ltd raised 5 million euros. ';
    expect(
      read(`${en}Its co-founder, Yasmina Belkacem, chief executive, oversees the plant in Leeds.`, 'LEADS'),
    ).toEqual(['Yasmina Belkacem -> Graines Ltd']);
  });

  it('reads no title of another body', () => {
    const fr = "La start-up Graines d'Avenir SAS a levé 5 millions d'euros. ";
    expect(
      read(
        `${fr}Sa cofondatrice, Yasmina Belkacem, directrice des ventes, pilote la partie industrielle.`,
        'LEADS',
      ),
    ).toEqual([]);
  });
});

describe('a founder still heading the company, with a past employer in the descriptor ("by former X engineer P")', () => {
  it('reads the post in the relative, with or without the employer', () => {
    const en = 'Skyward Shield Ltd makes naval drones. ';
    expect(
      read(
        `${en}Skyward Shield Ltd was founded in 2017 by former Royal Navy engineer Alistair Crane, who remains its chief executive.`,
        'LEADS',
      ),
    ).toEqual(['Alistair Crane -> Skyward Shield Ltd']);
    expect(
      read(
        `${en}The company was founded in 2017 by ex-Thales engineer Alistair Crane, who is its chief executive.`,
        'LEADS',
      ),
    ).toEqual(['Alistair Crane -> Skyward Shield Ltd']);
    const fr = 'La société Skyward Shield SAS fabrique des drones. ';
    expect(
      read(
        `${fr}Skyward Shield SAS a été fondée en 2017 par l'ancien ingénieur Alistair Crane, qui en est toujours le président.`,
        'LEADS',
      ),
    ).toEqual(['Alistair Crane -> Skyward Shield SAS']);
  });

  it('reads no post of another body and no former post', () => {
    const en = 'Skyward Shield Ltd makes naval drones. ';
    expect(
      read(
        `${en}Skyward Shield Ltd was founded in 2017 by former Royal Navy engineer Alistair Crane, who was its chief executive until 2020.`,
        'LEADS',
      ),
    ).toEqual([]);
  });
});

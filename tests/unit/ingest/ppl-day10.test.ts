import { sortedPairs as read, sortedPairsWithRule as readWithRule } from './frames-test-helpers';

/** Day ten, founders and leaders: shapes of the people's posts generalised from dev-gold-11 and the dev misses. */

describe('a heading verb whose object pronoun stands for the company ("qui la dirige", "who has run it")', () => {
  it('reads a post held now, in both languages, over adverbs', () => {
    const intro = 'La société Morvan Béton fête ses 60 ans. ';
    expect(read(`${intro}Erwan Morvan, qui la dirige depuis 1991, prépare sa succession.`, 'LEADS')).toEqual([
      'Erwan Morvan -> Morvan Béton',
    ]);
    expect(read(`${intro}Erwan Morvan, qui la préside toujours, veut doubler sa taille.`, 'LEADS')).toEqual([
      'Erwan Morvan -> Morvan Béton',
    ]);
    const en = 'The Ohio company Morvan Concrete Inc turned 60 this year. ';
    expect(
      read(`${en}Erwan Morvan, who runs it with his sister, wants to double its size.`, 'LEADS'),
    ).toEqual(['Erwan Morvan -> Morvan Concrete Inc']);
    expect(read(`${en}His son Erwan Morvan, who still runs it, wants to double its size.`, 'LEADS')).toEqual([
      'Erwan Morvan -> Morvan Concrete Inc',
    ]);
  });

  it('takes the company of the sentence before when the sentence names none', () => {
    const text =
      "Le groupe Lafarge a racheté la société Morvan Béton. L'entreprise familiale, fondée en 1968 par Yves Morvan, emploie 140 personnes. Son petit-fils, Erwan Morvan, qui la dirige depuis 2010, restera aux commandes de la filiale.";
    expect(read(text, 'LEADS')).toEqual(['Erwan Morvan -> Morvan Béton']);
  });

  it('reads no past post, no other verb and no person the pronoun stands for', () => {
    const fr = 'La société Morvan Béton fête ses 60 ans. ';
    expect(
      read(`${fr}Erwan Morvan, qui l'a dirigée pendant vingt ans, part à la retraite.`, 'LEADS'),
    ).toEqual([]);
    expect(read(`${fr}Erwan Morvan, qui la présente aux clients, est commercial.`, 'LEADS')).toEqual([]);
    const en = 'The Ohio company Morvan Concrete Inc turned 60 this year. ';
    expect(read(`${en}Erwan Morvan, who ran it until 2020, now sits on the board.`, 'LEADS')).toEqual([]);
    expect(
      read(
        'La société Morvan Béton tourne un film. Actrice prolifique, elle joue avec son mari, Laurence Olivier, qui la dirige dans plusieurs rôles.',
        'LEADS',
      ),
    ).toEqual([]);
  });
});

describe('a bare title apposed to a speaker or a subject ("P, directeur général, résume : « … »")', () => {
  it("does not let a name inside the quotation stand for the speaker's company", () => {
    const text =
      'La société Croquelin lance une gamme. Karim Benslimane, directeur général, résume : « Face à Nutrivet, nous ne gagnerons pas sur le prix. »';
    expect(readWithRule(text, 'LEADS')).toEqual([
      'Karim Benslimane -> Croquelin [frame.leads.speaker-bare-title-topic]',
    ]);
  });

  it('reads the title before any main verb, not only a verb of saying', () => {
    expect(
      read(
        'La société Croquelin lance une gamme. Karim Benslimane, directeur général, pilote le projet.',
        'LEADS',
      ),
    ).toEqual(['Karim Benslimane -> Croquelin']);
    expect(
      read(
        'The bakery group Croquelin Ltd opened a plant. Karim Benslimane, chief executive, wants more.',
        'LEADS',
      ),
    ).toEqual(['Karim Benslimane -> Croquelin Ltd']);
  });

  it('reads nothing when the apposition goes on, names another body or the sentence names a company', () => {
    const intro = 'La société Croquelin lance une gamme. ';
    expect(
      read(
        `${intro}Karim Benslimane, directeur général, et Anne Roy, directrice financière, approuvent.`,
        'LEADS',
      ),
    ).not.toContain('Anne Roy -> Croquelin');
    expect(read(`${intro}Karim Benslimane, directeur financier, pilote le projet.`, 'LEADS')).toEqual([]);
    expect(read(`${intro}Karim Benslimane, directeur général, a rejoint Nutrivet.`, 'LEADS')).not.toContain(
      'Karim Benslimane -> Croquelin',
    );
  });
});

describe('run by a possessive role noun with the name apposed ("dirigée par son fondateur, P")', () => {
  it('reads the present and the future, in both languages', () => {
    expect(
      read(
        'La société Edumania fête ses 10 ans. Edumania est dirigée par son fondateur, Samir Haddad.',
        'LEADS',
      ),
    ).toEqual(['Samir Haddad -> Edumania']);
    expect(
      read(
        'La société Kwipay fête ses 10 ans. Kwipay restera dirigée par sa cofondatrice, Amina Diallo-Fournier.',
        'LEADS',
      ),
    ).toEqual(['Amina Diallo-Fournier -> Kwipay']);
    expect(
      read(
        'The software firm Tessella Ltd turned ten. Tessella is run by its co-founder, Amir Khan.',
        'LEADS',
      ),
    ).toEqual(['Amir Khan -> Tessella Ltd']);
  });

  it('reads no post held then, nor a backer', () => {
    expect(
      read(
        'Le fabricant Medicalis recrute. Capteo était alors dirigée par son fondateur, Julien Marchetti.',
        'LEADS',
      ),
    ).toEqual([]);
    expect(
      read('La société Kwipay fête ses 10 ans. Kwipay est soutenue par son fondateur, Jean Dupont.', 'LEADS'),
    ).toEqual([]);
  });
});

describe('a head hired or appointed with a descriptor before the name ("has appointed former X executive P as CEO")', () => {
  it('reads hiring verbs of both languages, over a descriptor or an apposition', () => {
    expect(
      read('Logistics start-up Shipwise Ltd has hired Tariq Mansour as chief executive.', 'LEADS'),
    ).toEqual(['Tariq Mansour -> Shipwise Ltd']);
    expect(
      read(
        'Quorvex Ltd, the London cyber-security start-up, has appointed former Microsoft executive Samira Haddad as chief executive.',
        'LEADS',
      ),
    ).toEqual(['Samira Haddad -> Quorvex Ltd']);
    expect(
      read(
        "La start-up Shipwise a recruté l'ancien patron de Geodis, Tariq Mansour, comme directeur général.",
        'LEADS',
      ),
    ).toEqual(['Tariq Mansour -> Shipwise']);
  });

  it('reads no other post after "as"', () => {
    expect(
      read('Logistics start-up Shipwise Ltd has hired Tariq Mansour as chief operating officer.', 'LEADS'),
    ).toEqual([]);
    expect(
      read(
        'Logistics start-up Shipwise Ltd has hired former Amazon chief executive Tariq Mansour as an adviser.',
        'LEADS',
      ),
    ).not.toContain('Tariq Mansour -> Shipwise Ltd');
  });
});

describe('"P, qui dirige …" before a noun with its own complement', () => {
  it('reads a company, not a unit of another body', () => {
    const intro = 'Le fabricant Medicalis recrute. ';
    expect(
      read(`${intro}Bruno Teyssier, qui dirige aujourd'hui la société Capteo, approuve.`, 'LEADS'),
    ).toEqual(['Bruno Teyssier -> Capteo']);
    expect(
      read(
        `${intro}Pour Bruno Teyssier, qui dirige aujourd'hui le laboratoire de microfluidique de l'université Grenoble Alpes, la société a trouvé le bon capitaine.`,
        'LEADS',
      ),
    ).toEqual([]);
  });
});

/**
 * Day twenty-eight, French press: a name that opens on its own capitalised article after a cue noun ("la société
 * savoyarde Les Délices du Chablais") is the cue's name, not a pointer at another company (relations/name-article.ts);
 * a sentence opening on a time-placing word before a year or a month ("Fin 2025, …", "Late 2024, …") names nobody
 * (entities/opening-time-words.ts); a family tie to the founder coordinated with a head's title ("petite-fille du
 * fondateur et directrice générale de X") leads X (frames/leads-kin-and-title.ts); the outlet a speaker talks to ("a
 * confié à l'AFP P, présidente de l'entreprise") is no antecedent of a company pointer (sentence-orgs.ts,
 * anaphora-career-object.ts, frames/funded-told-outlet.ts); the bidder of a court takeover told as the agent of the
 * offer ("l'offre de reprise déposée par X pour Y") buys Y (fr/deals.ts); a present verb that ends like a place
 * adjective after a trade-noun pointer ("l'éditeur croise le fer avec", "le fabricant domine le marché") stays a verb
 * (origin-or-verb.ts). Sentences written for these tests.
 */
import { entitiesOf, madePairs, run, typedPair } from './helpers';
import { articleUnits } from './article-units';

const LEAD = 'Le fonds lyonnais Saônia Capital prend la majorité du groupe Maison Ravier.';

describe('a cue noun before a name that opens on its own article', () => {
  it.each([
    `${LEAD} Maison Ravier rachète la société savoyarde Les Gratins du Faucigny, un fabricant de plats cuisinés.`,
    `${LEAD} Maison Ravier a racheté en mars la PME La Conserverie Morvandelle pour 6 millions d'euros.`,
    `${LEAD} Maison Ravier s'offre l'entreprise drômoise Les Ateliers Chabrol.`,
  ])('%s', (text) => {
    const bought = madePairs(text, '2026-05-04', 'ACQUIRED');
    expect(bought.filter((p) => p.startsWith('Maison Ravier ->'))).toHaveLength(1);
    // the cue is the name's: the fund told before is not what Maison Ravier buys
    expect(bought).not.toContain('Maison Ravier -> Saônia Capital');
  });

  it('reads the name after the cue as the company bought', () => {
    expect(
      madePairs(
        `${LEAD} Maison Ravier rachète la société savoyarde Les Gratins du Faucigny, un fabricant de plats cuisinés.`,
        '2026-05-04',
        'ACQUIRED',
      ),
    ).toContain('Maison Ravier -> Gratins du Faucigny');
  });

  it('near miss: a cue with no name after it still points back', () => {
    const text =
      'Le groupe Maison Ravier a racheté la société Gratins du Faucigny en 2024. La société savoyarde emploie 80 personnes. La société a ensuite racheté Fromages Berthod.';
    expect(madePairs(text, '2026-05-04', 'ACQUIRED')).toContain('Maison Ravier -> Gratins du Faucigny');
  });

  it('near miss: a capitalised article opening the sentence is no cue', () => {
    const text =
      'Le groupe Maison Ravier rachète Fromages Berthod. Les Gratins du Faucigny restent indépendants.';
    expect(madePairs(text, '2026-05-04', 'ACQUIRED')).toEqual(['Maison Ravier -> Fromages Berthod']);
  });
});

describe('a time-placing word opening the sentence names nobody', () => {
  it.each([
    'Le groupe Korvenn grandit. Fin 2025, il avait fusionné avec son concurrent Lappmark.',
    'Le groupe Korvenn grandit. Début mars, la PME Tissalp a levé 3 millions d’euros.',
    'Korvenn Corp is growing. Late 2024, Korvenn Corp merged with Lappmark Inc.',
    'Korvenn Corp is growing. Early 2023, the group bought Lappmark Inc.',
  ])('%s', (text) => {
    const names = entitiesOf(text).map((e) => e.name);
    for (const word of ['Fin', 'Début', 'Late', 'Early']) expect(names).not.toContain(word);
  });

  it('reads the merger of the pointer after "Fin 2025,"', () => {
    const text = 'Le groupe Korvenn grandit. Fin 2025, il avait fusionné avec son concurrent Lappmark.';
    expect(run(text, '2026-05-04').relations.map(typedPair)).toContain('MERGED_WITH Korvenn -> Lappmark');
  });

  it('near miss: a brand that opens on such a word before another word stays a name', () => {
    const names = entitiesOf('La société Fin Logistique a levé 3 millions d’euros auprès de Bpifrance.').map(
      (e) => e.name,
    );
    expect(names).toContain('Fin Logistique');
  });
});

describe('a family tie to the founder coordinated with a head title', () => {
  it.each([
    [
      'Le groupe Chaudières Marbot recrute. « Nous doublons la production », explique Anne Marbot-Leclerc, petite-fille du fondateur et directrice générale de Chaudières Marbot.',
      'Anne Marbot-Leclerc -> Chaudières Marbot',
    ],
    [
      "La fromagerie Affinages Rouvier change de mains. Paul Rouvier, arrière-petit-fils du fondateur et président de l'entreprise, restera à son poste.",
      'Paul Rouvier -> Affinages Rouvier',
    ],
    [
      'Le groupe Verreries Dancel investit. Luc Dancel, fils de la fondatrice et P-dg de Verreries Dancel, présente le plan.',
      'Luc Dancel -> Verreries Dancel',
    ],
  ])('%s', (text, lead) => {
    expect(madePairs(text, '2026-05-04', 'LEADS')).toContain(lead);
  });

  it.each([
    // another title than a head's after the tie
    'Le groupe Chaudières Marbot recrute. Anne Marbot, fille du fondateur et directrice commerciale de Chaudières Marbot, arrive.',
    // the tie names someone else than the founder: the title after "et" may still be the father's
    'Le groupe Chaudières Marbot recrute. Anne Marbot, fille du président et directeur de Chaudières Marbot, arrive.',
    // no "et": the founder's daughter, told as the founder's
    'Le groupe Chaudières Marbot recrute. Anne Marbot, fille du fondateur de Chaudières Marbot, arrive.',
  ])('near miss: %s', (text) => {
    expect(madePairs(text, '2026-05-04', 'LEADS')).not.toContain('Anne Marbot -> Chaudières Marbot');
  });
});

describe('the outlet a speaker talks to is no company of the speaker', () => {
  it.each([
    "La société Tanneries Vaudel change de mains. « Nous gardons l'usine », a confié à l'AFP Marie Vaudel, présidente de l'entreprise.",
    "La société Tanneries Vaudel change de mains. « Nous gardons l'usine », a indiqué mardi à l'AFP Marie Vaudel, petite-fille du fondateur et présidente de l'entreprise.",
  ])('%s', (text) => {
    const leads = madePairs(text, '2026-05-04', 'LEADS');
    expect(leads).toContain('Marie Vaudel -> Tanneries Vaudel');
    expect(leads.filter((p) => !p.endsWith('Tanneries Vaudel'))).toEqual([]);
  });

  it("near miss: a company named as the speaker's own still is hers", () => {
    const text =
      "La société Tanneries Vaudel change de mains. « Nous gardons l'usine », a confié Marie Vaudel, présidente de Cuirs Morand.";
    expect(madePairs(text, '2026-05-04', 'LEADS')).toContain('Marie Vaudel -> Cuirs Morand');
  });
});

describe('a court takeover offer told with its bidder as the agent', () => {
  it.each([
    "Le tribunal de commerce d'Annecy a retenu mardi l'offre de reprise déposée par le groupe Alpimeca pour les Forges Servoz.",
    "Le tribunal de commerce d'Annecy a validé l'offre présentée par le groupe Alpimeca pour reprendre les Forges Servoz, placées en liquidation.",
    "Le juge-commissaire a retenu l'offre d'achat formulée par le groupe Alpimeca sur les Forges Servoz.",
  ])('%s', (text) => {
    expect(madePairs(text, '2026-05-04', 'ACQUIRED')).toEqual(['Alpimeca -> Forges Servoz']);
  });

  it.each([
    // a conciliation or an adviser's proposal buys nothing
    "L'offre de conciliation présentée par le cabinet Juralis pour les Forges Servoz a été acceptée.",
    'La proposition présentée par le cabinet Juralis pour les Forges Servoz a été acceptée.',
  ])('near miss: %s', (text) => {
    expect(madePairs(text, '2026-05-04', 'ACQUIRED')).toEqual([]);
  });

  it('near miss: an offer the court set aside is no purchase', () => {
    const text =
      "Le tribunal de commerce d'Annecy a écarté l'offre de reprise déposée par le groupe Alpimeca pour les Forges Servoz.";
    expect(madePairs(text, '2026-05-04', 'ACQUIRED')).toEqual([]);
  });
});

describe('a verb ending like a place adjective after a trade-noun pointer', () => {
  const lead = "L'éditeur grenoblois Qualidor lève 5 millions d'euros.";

  it.each([
    [
      `${lead} Sur son marché, l'éditeur croise le fer avec l'américain Docuvia et le suisse Lexdata.`,
      'croise',
    ],
    [`${lead} L'éditeur domine le marché des laboratoires devant Docuvia.`, 'domine'],
    [`${lead} L'éditeur décline toute offre de rachat.`, 'décline'],
    [`${lead} L'éditeur combine deux logiciels.`, 'combine'],
  ])('%s', (text, verb) => {
    const second = articleUnits(text)[1];
    expect(second).toContain('[*Qualidor]');
    expect(second).toContain(` ${verb} `);
  });

  it('reads the rivals the pointer crosses swords with', () => {
    const text = `${lead} Sur son marché, l'éditeur croise le fer avec l'américain Docuvia et le suisse Lexdata.`;
    expect(madePairs(text, '2026-05-04', 'COMPETES_WITH')).toEqual(
      expect.arrayContaining(['Docuvia -> Qualidor', 'Lexdata -> Qualidor']),
    );
  });

  it.each([
    // a place adjective before the verb or a clitic stays the company's origin
    [
      "L'éditeur grenoblois Qualidor lève 5 millions d'euros. L'éditeur grenoblois emploie 80 personnes.",
      'grenoblois',
    ],
    [
      "L'éditeur grenoblois Qualidor lève 5 millions d'euros. L'éditeur grenoblois l'a racheté.",
      'grenoblois',
    ],
  ])('near miss: %s', (text, origin) => {
    expect(articleUnits(text)[1]).not.toContain(` ${origin} `);
  });
});

import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { collectCandidates } from '../../../ingest/entities/collect';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { toEntities } from '../../../ingest/resolve/to-entities';

/** Entity name → type from the entity stages alone (no relation rules). */
function types(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  return new Map(toEntities(index, new Set()).map((e) => [e.name, e.type]));
}

/** Candidate surface → kind, before the article-level pass. */
function kinds(text: string): Map<string, string> {
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(s.text, s.start));
  return new Map(collectCandidates(tokens, text).map((c) => [c.text, c.kind]));
}

describe('well-known names the cutter used to split', () => {
  it('keeps a known name whole across "and", "de", "+" and "to the"', () => {
    const t = types(
      'Haynes and Boone and Gilbert + Tobin advised Voyageurs du Monde, while Mishcon de Reya acted for the lenders.',
    );
    expect(t.get('Haynes and Boone')).toBe('Organization');
    expect(t.get('Gilbert + Tobin')).toBe('Organization');
    expect(t.get('Voyageurs du Monde')).toBe('Organization');
    expect(t.get('Mishcon de Reya')).toBe('Organization');
    expect(t.has('Haynes')).toBe(false);
    expect(t.has('Reya')).toBe(false);
  });

  it('keeps the capital elision of a known name and leaves unknown elided names alone', () => {
    const t = types("L'Oréal a racheté la marque coréenne Dalvesse pour 300 millions d'euros.");
    expect(t.get("L'Oréal")).toBe('Organization');
    expect(t.has('Oréal')).toBe(false);
    const other = kinds("L'Ardentine a racheté la société Brenvoc.");
    expect(other.has("L'Ardentine")).toBe(false);
  });

  it('does not glue a known name to lower-case words in running text', () => {
    const k = kinds('The report by Haynes and boone experts was published.');
    expect(k.has('Haynes and boone')).toBe(false);
  });
});

describe('months, ordinals and sentence adverbs', () => {
  it('reads a capitalised month inside a French sentence as a name, not a date', () => {
    const k = kinds(
      "En tête du classement, Juillet conserve sa place devant Norvalis avec 80 millions d'euros.",
    );
    expect(k.has('Juillet')).toBe(true);
  });

  it('keeps dates and English months as dates', () => {
    expect(kinds('Le rachat de Ferlane a été bouclé en Juillet 2024.').has('Juillet')).toBe(false);
    expect(kinds('The deal by Ferlane closed in May after a long review.').has('May')).toBe(false);
    expect(kinds('Ferlane and Dovrin signed the deal, May said.').has('May')).toBe(false);
  });

  it('drops an ordinal or a sentence adverb set off by a comma at the start', () => {
    expect(kinds('Quatrième, Morvane recule encore.').get('Quatrième')).toBe('drop');
    expect(kinds('Ensemble, les deux sociétés pèseront 40 millions.').get('Ensemble')).toBe('drop');
    // a name opening the sentence before a comma is still read
    expect(kinds('Morvane, le groupe lyonnais, recule.').get('Morvane')).toBe('org');
  });
});

describe('slots that settle a name whatever its shape', () => {
  it('types a person-shaped name right after a company noun as a company', () => {
    const t = types('Valdéon affronte le groupe Henri Castagne et Ortelia sur ce marché.');
    expect(t.get('Henri Castagne')).toBe('Organization');
    // a person named after a people noun stays a person
    const p = types('Le fondateur Henri Castagne a cédé la société Ortelia à Valdéon.');
    expect(p.get('Henri Castagne')).toBe('Person');
  });

  it('types a known name that reads as a person after a rivalry word followed by a comma', () => {
    const t = types(
      'Le laboratoire veut résister à ses concurrents, Yves Rocher et Norbelle, sur le marché des soins.',
    );
    expect(t.get('Yves Rocher')).toBe('Organization');
    expect(types('Yves Rocher a présidé la séance.').get('Yves Rocher')).not.toBe('Organization');
  });

  it('drops a compass word that finishes a place and a label before a colon', () => {
    const k = kinds("Le groupe n'exclut pas de nouveaux rachats en Amérique du Nord cette année.");
    expect(k.get('Nord')).not.toBe('org');
    const labels = kinds('Conseil juridique : Ravelstone ; Banque conseil : Quillet Partners');
    expect(labels.get('Conseil juridique')).toBe('drop');
    expect(labels.get('Banque')).toBe('drop');
    expect(labels.get('Ravelstone')).not.toBe('drop');
  });

  it('does not let a cue noun type a place after "à" or a purpose clause', () => {
    expect(kinds("Il a fondé l'entreprise à Pontivel en 1971.").get('Pontivel')).not.toBe('org');
    expect(
      kinds("Ferlane a obtenu un prêt de la banque pour équiper 300 foyers de l'Ardanne.").get('Ardanne'),
    ).not.toBe('org');
    // the buyer after "à" in a sale is still read from the cue before it
    expect(kinds('Il a cédé sa filiale de prévoyance à Hodrane.').get('Hodrane')).toBe('org');
  });

  it('cuts a sentence-opening rival noun off the name', () => {
    const k = kinds('Rival Tessendo closed its own round over the summer.');
    expect(k.has('Tessendo')).toBe(true);
    expect(k.has('Rival Tessendo')).toBe(false);
  });
});

describe('parts of a run opened by a known name', () => {
  it('keeps the dealer, not the brand it sells, after a dealer noun', () => {
    const k = kinds('Il a pris le contrôle du distributeur Renault Garonne Automobiles en 2023.');
    expect(k.has('Garonne Automobiles')).toBe(true);
    expect(k.has('Renault Garonne Automobiles')).toBe(false);
  });

  it('keeps the organisation that runs a programme named after it', () => {
    const k = kinds('Le tour est complété par le programme Bpifrance Amorçage Plus.');
    expect(k.get('Bpifrance')).toBe('org');
    expect(k.has('Bpifrance Amorçage Plus')).toBe(false);
  });

  it('keeps a département number after the town of a regional bank, not a quantity', () => {
    const k = kinds("Le Crédit Agricole Bordeaux 33 complète l'opération par un prêt.");
    expect(k.has('Crédit Agricole Bordeaux 33')).toBe(true);
    const q = kinds("Le Crédit Agricole Bordeaux 33 millions d'euros de prêts.");
    expect(q.has('Crédit Agricole Bordeaux 33')).toBe(false);
  });
});

describe('people the name shape used to miss', () => {
  it('reads a person after a plural kin noun or an occupation, and its "and" partner', () => {
    const t = types(
      'Brightmoor, which brothers Kestrel Amory and Brannoc Amory started in 2015, sells software.',
    );
    expect(t.get('Kestrel Amory')).toBe('Person');
    expect(t.get('Brannoc Amory')).toBe('Person');
    expect(types('Brightmoor hired software engineer Tamsin Ardley last year.').get('Tamsin Ardley')).toBe(
      'Person',
    );
  });

  it('takes a two-word particle into a person name after a role', () => {
    const t = types('Trevanne chief executive Pim van der Stolk will lead the combined company.');
    expect(t.get('Pim van der Stolk')).toBe('Person');
  });

  it('strips a councillor title and reads the person', () => {
    const k = kinds('Councillor Maud Ferrant said the depot would stay open.');
    expect(k.get('Maud Ferrant')).toBe('person');
  });

  it('does not read French "son" before a noun as a kin word', () => {
    const k = kinds("Ferlane entre au capital via son fonds Arvel2, pour 20 millions d'euros.");
    expect(k.get('Arvel2')).not.toBe('person');
  });

  it('lets a surname that "says it" stay the person named earlier', () => {
    const t = types(
      'Nadia Okoro founded Quaylink in 2019. Okoro says it is not for sale, and Quaylink says it will hire.',
    );
    expect(t.get('Nadia Okoro')).toBe('Person');
    expect(t.has('Okoro')).toBe(false);
    expect(t.get('Quaylink')).toBe('Organization');
  });
});

describe('words that name no company', () => {
  it('drops a department after a job title, not a company after it', () => {
    const k = kinds('Press contact: Ilse Marrow, Head of Marketing, Dunvale.');
    expect(k.get('Marketing')).toBe('drop');
    expect(k.get('Ilse Marrow')).toBe('person');
    expect(kinds('Ilse Marrow is head of Dunvale.').get('Dunvale')).not.toBe('drop');
  });

  it('drops a nationality compound and compliance acronyms', () => {
    const k = kinds('Clients want Spanish-speaking agents and faster AML and KYC checks from Dunvale.');
    expect(k.get('Spanish-speaking')).toBe('drop');
    expect(k.get('AML')).toBe('drop');
    expect(k.get('KYC')).toBe('drop');
  });

  it('keeps a bracketed legal form before another in one name', () => {
    const k = kinds('Dunvale agreed to buy Marrowfield (Pty) Ltd, a Durban contact-centre company.');
    expect(k.get('Marrowfield (Pty) Ltd')).toBe('org');
    expect([...k.keys()].some((n) => n.startsWith(')'))).toBe(false);
  });

  it('types the name after a trade cooperative noun', () => {
    expect(kinds('The Finnish dairy cooperative Valmera bid for the brand.').get('Valmera')).toBe('org');
  });

  it('types a name opening with a nationality in a rival slot only', () => {
    expect(types('Varenza trails only American Mastworks.').get('American Mastworks')).toBe('Organization');
    expect(kinds('Varenza sells masts to buyers of American Mastworks.').get('American Mastworks')).not.toBe(
      'org',
    );
  });
});

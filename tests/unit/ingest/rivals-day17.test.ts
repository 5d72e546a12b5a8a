import { facts, run } from './helpers';

/**
 * Rivalry classes of day seventeen: a list closed by a counted phrase that calls its names rivals or the holders of
 * one market ("A and B, the two companies that dominate …", "A et B, les deux autres finalistes"); companies that
 * dominate a field named by any noun ("A, B and C dominate card acquiring"); a place's possessive before a rival
 * after a verb of beating or facing ("beating Italy's A"); and three readings that are no rivalry: a quality
 * compared ("more competitive than B", "plus rentable que B"), two bidders for one target ("competed against B to
 * acquire C"), a share of the company's own business ("which together bring a third of its orders").
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a list closed by a counted phrase of rivals or market holders pairs its names', () => {
  it.each([
    'Kabelnord ASA won the contract, beating Italy’s Prysmian SpA and NKT A/S, the two companies that have dominated the subsea cable market for a decade.',
    "Kabelnord ASA won the contract, beating Italy's Prysmian SpA and Denmark's NKT A/S, the two companies that have dominated the market.",
    'Lumo Finance Ltd competes with Prysmian SpA and NKT A/S, the two firms that dominate card acquiring in Brazil.',
    'La société Aérolis l’a emporté au terme d’une compétition serrée face à Prysmian SpA et NKT A/S, les deux autres finalistes.',
    'La société Biscotine est confrontée à Prysmian SpA et à NKT A/S, deux concurrents qui se livrent une rude bataille.',
    'Vestrane SA talonne Prysmian SpA et NKT A/S, les deux enseignes qui dominent le bricolage.',
  ])('%s', (text) => {
    expect(has(text, 'Prysmian SpA', 'NKT A/S')).toBe(true);
  });

  it.each([
    'The bank hired Lazard Ltd and Rothschild & Co, the two firms that advised on the deal.',
    'Shares were sold to Amundi SA and Natixis SA, the two largest shareholders.',
    'Acme Corp bought stakes in Lazard Ltd and Rothschild & Co, two investors in the fund.',
    'La société Acme a choisi Lazard Ltd et Rothschild & Co, les deux banques conseils de l’opération.',
    'Acme Corp beat Lazard Ltd, Rothschild & Co and Natixis SA, the two finalists.',
    'Acme Corp competes with Lazard Ltd and Rothschild & Co, two larger rivals.',
  ])('leaves advisers, shareholders, investors and a wrong count unpaired: %s', (text) => {
    expect(has(text, 'Lazard Ltd', 'Rothschild & Co')).toBe(false);
  });
});

describe('companies that dominate a field are its rivals, whatever noun names the field', () => {
  it.each([
    'Orbis Pay Inc, Kestrel Payments Ltd and Lumo Finance Ltd dominate card acquiring for small merchants in Brazil.',
    'Orbis Pay Inc, Kestrel Payments Ltd and Lumo Finance Ltd have long dominated European e-commerce.',
    'Les groupes Orbis Pay Inc, Kestrel Payments Ltd et Lumo Finance Ltd dominent l’hôtellerie de plein air.',
    'Les groupes Orbis Pay Inc, Kestrel Payments Ltd et Lumo Finance Ltd règnent sur le surgelé en France.',
    'Les groupes Orbis Pay Inc, Kestrel Payments Ltd et Lumo Finance Ltd trustent les premières places du classement.',
  ])('%s', (text) => {
    expect(has(text, 'Orbis Pay Inc', 'Kestrel Payments Ltd')).toBe(true);
    expect(has(text, 'Kestrel Payments Ltd', 'Lumo Finance Ltd')).toBe(true);
  });

  it.each([
    'Shares of Orbis Pay Inc and Kestrel Payments Ltd dominated trading on the Nasdaq.',
    'Orbis Pay Inc and Kestrel Payments Ltd dominated headlines this week.',
    'Orbis Pay Inc and Kestrel Payments Ltd led the funding round.',
    'Orbis Pay Inc, owned by Kestrel Payments Ltd, dominates European e-commerce.',
  ])('leaves trading, headlines, a round and an owner unpaired: %s', (text) => {
    expect(has(text, 'Orbis Pay Inc', 'Kestrel Payments Ltd')).toBe(false);
  });
});

describe("a place's possessive before the rival of a verb of beating or facing", () => {
  it.each([
    ["Kabelnord ASA won the contract, beating Denmark's NKT A/S.", 'NKT A/S'],
    [
      "Kabelnord ASA won the order, beating South Korea's Kyoren Cable Co in the final round.",
      'Kyoren Cable Co',
    ],
    ["Kabelnord ASA outbid Italy's Prysmian SpA for the order.", 'Prysmian SpA'],
    ["Kabelnord ASA faces Germany's Siemens Energy AG and NKT A/S in the market.", 'Siemens Energy AG'],
  ])('%s', (text, rival) => {
    expect(has(text, 'Kabelnord ASA', rival)).toBe(true);
  });

  it.each([
    "Kabelnord ASA won the contract, beating Acme Corp's offer.",
    "Kabelnord ASA won the contract, beating analysts' expectations at Acme Corp.",
  ])('leaves an owner of an offer or a client unpaired: %s', (text) => {
    expect(has(text, 'Kabelnord ASA', 'Acme Corp')).toBe(false);
  });
});

describe('readings that are no rivalry', () => {
  it.each([
    'The Japanese think Acme Corp is now more competitive than Beta Inc.',
    'Acme Corp is cheaper than Beta Inc for small bars.',
    'Analysts said the Acme Corp engine was more fuel-efficient than Beta Inc.',
    'La société Acme Corp est plus rentable que Beta Inc.',
  ])('a quality compared: %s', (text) => {
    expect(has(text, 'Acme Corp', 'Beta Inc')).toBe(false);
  });

  it.each([
    'Acme Corp handles far more loads than Beta Inc.',
    'La société Acme Corp est deux fois plus grosse que Beta Inc.',
  ])('a size compared still ranks them: %s', (text) => {
    expect(has(text, 'Acme Corp', 'Beta Inc')).toBe(true);
  });

  it.each([
    'Last year, Dart Group Corp competed against Beta Inc to acquire Safeway Stores Inc.',
    'Dart Group Corp competes with Beta Inc for control of Safeway Stores Inc.',
    'La société Dart Group Corp est en concurrence avec Beta Inc pour racheter Safeway Stores Inc.',
    'La société Dart Group Corp rivalise avec Beta Inc pour la reprise de Safeway Stores Inc.',
  ])('two bidders for one target: %s', (text) => {
    expect(has(text, 'Dart Group Corp', 'Beta Inc')).toBe(false);
  });

  it.each([
    'Dart Group Corp competes with Beta Inc in groceries.',
    'La société Dart Group Corp rivalise avec Beta Inc pour la première place.',
  ])('a rivalry with another purpose stays: %s', (text) => {
    expect(has(text, 'Dart Group Corp', 'Beta Inc')).toBe(true);
  });

  it.each([
    "The company Comandero integrates with platforms such as Glovo SA, Uber Eats Inc and Just Eat Ltd, which together bring a third of its customers' orders.",
    'Glovo SA et Uber Eats Inc apportent à eux deux la moitié de ses commandes.',
  ])("a share of the company's own business: %s", (text) => {
    expect(has(text, 'Glovo SA', 'Uber Eats Inc')).toBe(false);
  });

  it('a share of a market still pairs its holders', () => {
    const text = 'Glovo SA et Uber Eats Inc détiennent à eux deux la moitié du marché.';
    expect(has(text, 'Glovo SA', 'Uber Eats Inc')).toBe(true);
  });
});

describe('an idiom of a contest fought among the subjects pairs them', () => {
  it.each([
    'Acme Corp and Beta Inc go head to head in Europe.',
    'Acme Corp and Beta Inc square off in the Spanish market.',
    'Acme Corp and Beta Inc have locked horns over pricing.',
    'Les sociétés Acme Corp et Beta Inc jouent des coudes depuis trois ans pour équiper les forces spéciales.',
    'Les sociétés Acme Corp et Beta Inc croisent le fer sur le marché des drones.',
    'Les sociétés Acme Corp, Beta Inc et Gamma Ltd se bousculent sur ce créneau.',
  ])('%s', (text) => {
    expect(has(text, 'Acme Corp', 'Beta Inc')).toBe(true);
  });

  it.each([
    'Acme Corp and Beta Inc squared off against Gamma Ltd.',
    'Acme Corp and Beta Inc go head to head with Gamma Ltd.',
  ])('a rival named after the idiom is the subjects’ rival, not a partner’s: %s', (text) => {
    expect(has(text, 'Acme Corp', 'Gamma Ltd')).toBe(true);
  });

  it('a denied contest pairs no one', () => {
    expect(has('Acme Corp and Beta Inc did not go head to head.', 'Acme Corp', 'Beta Inc')).toBe(false);
  });
});

describe('the object of a second verb of rivalry is the subject’s rival', () => {
  it.each([
    'La société Urbilog talonne désormais Olvo Transports dans les villes moyennes et devance largement Coursiers Verts SA.',
    'La société Urbilog talonne Olvo Transports dans les villes moyennes et devance Coursiers Verts SA, racheté en 2025 par le groupe Geodis.',
    'Urbilog Inc trails Olvo Transports in the Midwest and outsells Coursiers Verts SA in Texas.',
  ])('%s', (text) => {
    expect(has(text, 'Urbilog', 'Coursiers Verts SA') || has(text, 'Urbilog Inc', 'Coursiers Verts SA')).toBe(
      true,
    );
    expect(has(text, 'Olvo Transports', 'Coursiers Verts SA')).toBe(false);
  });

  it('a relative clause gives the second verb its own subject', () => {
    const text = 'Urbilog Inc trails Olvo Inc, which outsells Coursiers Inc in Texas.';
    expect(has(text, 'Urbilog Inc', 'Coursiers Inc')).toBe(false);
  });
});

describe('a ranking whose members carry their shares pairs every member', () => {
  it.each([
    'Medichecks Ltd remains the market leader with 38% of orders, followed by Thriva Ltd at 27% and Vitalab Ltd at 15%.',
    'Medichecks Ltd domine le marché avec 38 % des ventes, devant Thriva Ltd (22 %), Vitalab Ltd (9 %) et Ecoval SA.',
    'Medichecks Ltd domine le marché avec 38 % des ventes, devant Thriva Ltd avec 22 % et Vitalab Ltd à 9 %.',
  ])('%s', (text) => {
    expect(has(text, 'Medichecks Ltd', 'Vitalab Ltd')).toBe(true);
    expect(has(text, 'Thriva Ltd', 'Vitalab Ltd')).toBe(true);
  });

  it('a remark with no share closes the ranking', () => {
    const text = 'Medichecks Ltd remains the market leader, followed by Thriva Ltd at home and Vitalab Ltd.';
    expect(has(text, 'Medichecks Ltd', 'Vitalab Ltd')).toBe(false);
  });
});

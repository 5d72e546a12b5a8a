/**
 * Nouns of occupations and kinship that, right before a capitalised name, make it a person ("l'acteur X",
 * "son frère X"). General knowledge, lower case; business roles stay in lexicon-roles.ts.
 */
export const PERSON_NOUNS = new Set(
  `
acteur actrice acteurs chanteur chanteuse chanteurs guitariste bassiste batteur batteuse claviériste pianiste
violoniste saxophoniste trompettiste musicien musicienne compositeur compositrice parolier rappeur rappeuse
scénariste réalisateur réalisatrice cinéaste metteur dramaturge comédien comédienne danseur danseuse
écrivain écrivaine romancier romancière poète poétesse auteur autrice essayiste journaliste éditorialiste
peintre sculpteur sculptrice photographe dessinateur dessinatrice illustrateur illustratrice architecte
artiste académicien académicienne philosophe historien historienne sociologue économiste mathématicien
physicien chimiste biologiste médecin chirurgien ingénieur inventeur explorateur navigateur aviateur
joueur joueuse footballeur footballeuse attaquant défenseur gardien milieu entraîneur entraineur sélectionneur
lanceur receveur frappeur arbitre boxeur boxeuse catcheur catcheuse lutteur cycliste coureur coureuse
pilote nageur nageuse skieur skieuse tennisman tenniswoman golfeur athlète sprinteur marathonien
roi reine prince princesse empereur impératrice pape cardinal évêque archevêque abbé moine saint sainte
comte comtesse duc duchesse baron baronne marquis marquise chevalier seigneur sultan calife pharaon tsar
maréchal amiral colonel capitaine lieutenant commandant sergent soldat
député députée sénateur sénatrice ministre maire gouverneur chancelier ambassadeur consul diplomate
frère sœur soeur père mère fils fille époux épouse mari femme veuve oncle tante neveu nièce cousin cousine
grand-père grand-mère petit-fils petite-fille demi-frère beau-frère belle-sœur 
coéquipier coéquipière élève disciple
actor actress singer guitarist drummer bassist songwriter writer novelist poet painter director
player footballer coach king queen prince princess emperor pope saint brother sister father mother son
daughter wife husband uncle aunt brothers sisters frères sœurs soeurs engineer entrepreneur scientist researcher
economist lawyer banker designer programmer
théoricien théoricienne militant militante réformiste révolutionnaire syndicaliste politicien politicienne
homme avocat avocate juge procureur chercheur chercheuse théologien linguiste anthropologue astronome
psychanalyste résistant résistante opposant opposante dissident dissidente candidat buteur ailier latéral
polyvalent remplaçant remplaçante créateur créatrice
plaintiff defendant activist politician lawmaker nominee heir heiress widow widower comedian rapper author
journalist reporter historian physicist chemist inventor astronaut philanthropist striker midfielder
goalkeeper quarterback pitcher
neurochirurgien cardiologue pharmacien vétérinaire dentiste pédiatre psychiatre radiologue oncologue
viticulteur vigneron agriculteur éleveur entrepreneuse
surgeon neurosurgeon cardiologist physician pharmacist farmer
banquier banquière investisseur investisseuse financière consultant consultante angel angels trader
capitalist financier industrialist dealmaker
quincaillier boulanger pâtissier boucher charcutier épicier horloger bijoutier menuisier forgeron meunier
cordonnier ébéniste apothicaire serrurier tonnelier charron
`
    .trim()
    .split(/\s+/),
);

/**
 * Words that make a person's trade noun a firm's ("according to market researcher X", "industry researcher X"):
 * the name after them is a company (person-cues.ts refuses the person, source-cues.ts types the firm).
 */
export const FIRM_MODIFIERS = new Set(['market', 'industry', 'retail', 'consumer']);

/**
 * Staff nouns after a name ("former Voltaic engineers", "ex-Acme bankers", "former Air Force pilot P"): the name
 * says where the people worked or served, so it is no party even for rules that read a name before a title.
 */
export const STAFF_AFTER = new Set(
  `
  engineers employees staff staffers workers veterans alumni researchers scientists managers bankers
  developers designers salespeople consultants pilot pilots officer officers analysts traders lawyers
`
    .trim()
    .split(/\s+/),
);

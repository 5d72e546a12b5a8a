/** Function words and common words per language (lower case): a capitalised one starts a sentence, not a name. */
function set(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/));
}

export const FR_STOPWORDS = set(`
le la les l' un une des du de d' au aux et ou mais donc or ni car ce cet cette ces son sa ses leur leurs mon ma
mes notre nos votre vos il elle ils elles on nous vous je tu qui que qu' quoi dont où en dans par pour sur sous
avec sans chez vers entre après avant depuis pendant selon contre comme si ne pas plus moins très tout tous toute
toutes aussi ainsi alors déjà encore toujours jamais puis enfin désormais ensuite cependant pourtant toutefois
quand lorsque parce puisque afin c' s' n' j' m' t' y a est sont été être avoir ont était fait ici là voici voilà
chaque autre autres certains certaines plusieurs aucun aucune même quelques quel quelle quels quelles bien mal
oui non nb ps mieux peu beaucoup trop assez cela ceci ça celui celle ceux celles lesquels lesquelles lequel
laquelle eux lui leur soit faut hier aujourd'hui demain ce-faisant côté grâce face outre hors sauf parmi
à lors dès près malgré durant jusqu'à jusqu' tandis celle-ci celui-ci celles-ci ceux-ci celle-là celui-là
`);

export const EN_STOPWORDS = set(`
the a an and or but nor so yet for of to in on at by with from into onto over under about after before since
during until against among between through per via as if than then that this these those there here it its
he she they we you i me him her them us my our your their his who whom whose which what when where why how all
any both each few more most other some such no not only own same too very can will just should now is are was
were be been being have has had do does did would could may might must shall also however meanwhile while
although though because further furthermore moreover still already again once
earlier later today yesterday tomorrow according under mr mrs ms dr one two three four five six seven eight nine
ten shares share terms analysts analyst sources separately additionally subsidiaries class last next
`);

/** Nouns that announce an organisation named next to them ("la société X", "the firm X", "X, a maker of"). */
export const ORG_CUES_FR = set(`
société sociétés groupe groupes entreprise entreprises start-up startup start-ups startups jeune-pousse firme
fonds holding éditeur éditeurs outsourceur outsourceurs prestataire prestataires spécialiste filiale filiales
cabinet banque assureur opérateur constructeur fabricant distributeur leader numéro concurrent concurrents
rival rivaux enseigne marque fournisseur acteur acteurs plateforme plate-forme pépite licorne investisseur
investisseurs actionnaire partenaire client clients cofondateur fondateur magazine journal agence agences
laboratoire mutuelle chaîne réseau espoir éditrice compagnie maison fintech insurtech biotech scale-up pousse
fonderie brasserie coopérative esn ssii néobanque medtech healthtech proptech agritech edtech
foodtech legaltech cleantech deeptech voyagiste voyagistes tour-opérateur tour-opérateurs transporteur logisticien
motoriste motoristes équipementier équipementiers loueur loueurs pousses
meunier minotier minoterie meunerie malterie malteur laiterie laiteries fromagerie fromageries conserverie
conserveries conserveur conserveurs biscuiterie biscuiteries chocolaterie chocolatier sucrerie sucrier distillerie
négociant négociants grossiste grossistes torréfacteur salaisonnier volailler semencier papetier verrerie imprimerie
incubateur accélérateur
`);

export const ORG_CUES_EN = set(`
company companies firm firms group groups startup start-up start-ups startups fund funds holding maker makers
manufacturer producer provider providers supplier unit subsidiary subsidiaries affiliate parent bank banks
lender insurer operator retailer distributor developer publisher carrier concern conglomerate rival rivals
competitor competitors leader leaders investor investors shareholder partner client customer owner chain
brand platform outsourcer specialist agency magazine newspaper network utility airline miner refiner
vendor vendors processor consultancy broker servicer cooperative co-operative
grocer grocers wholesaler wholesalers miller millers brewer brewers distiller distillers bottler caterer
incubator accelerator packer
`);

/** A company noun of either language ("société", "firm"): the cue a business sentence is read by. */
export function isCompanyNoun(lower: string): boolean {
  return ORG_CUES_FR.has(lower) || ORG_CUES_EN.has(lower);
}

/** Nouns that announce an organisation only when the name follows at once ("le club X", not "le club de X"). */
export const ADJACENT_ORG_CUES = set(`
club label parti studio studios quotidien hebdomadaire écurie
`);

/** Words between a cue noun and a name that show the name is no longer the cue's ("sans", "avec", "se"). */
export const CUE_BREAKERS = set(`
sans avec se qui que contre comme face selon et ou without with who which against
pour afin où dont whose where when
`);

/** Past participles whose agent ("édité par X") is a publisher or maker rather than a person. */
export const MAKER_VERBS = set(`
édité éditée édités éditées publié publiée publiés publiées distribué distribuée distribués distribuées
développé développée développés développées commercialisé commercialisée commercialisés commercialisées
fabriqué fabriquée fabriqués fabriquées sponsorisé sponsorisée motorisé motorisée published distributed
manufactured developed diffusé diffusée diffusés diffusées broadcast racheté rachetée rachetés rachetées
acquis acquise acquired bought
`);

import { WORLD_FIRST_NAMES } from './first-names-world';
import { EUROPEAN_FIRST_NAMES } from './first-names-europe';
import { ENGLISH_WIRE_FIRST_NAMES } from './first-names-english-wire';
import { GivenNameSet } from './given-name-set';

/** Common given names (French and English); a capitalised pair starting with one is a person. Lower case. */
export const FIRST_NAMES: Set<string> = new GivenNameSet(
  `
jean pierre paul jacques michel philippe alain bernard françois francois nicolas christophe patrick daniel
olivier laurent thierry éric eric frédéric frederic stéphane stephane pascal didier dominique gérard gerard
christian sébastien sebastien julien guillaume vincent antoine alexandre thomas maxime romain mathieu matthieu
arnaud benoît benoit bruno denis emmanuel fabrice franck gilles hervé herve jérôme jerome louis luc marc martin
mathias maurice olivier raphaël raphael rémi remi serge sylvain xavier yves yann yannick cédric cedric damien
david fabien florent grégoire gregoire hugo jean-pierre jean-paul jean-claude jean-marc jean-luc jean-louis
jean-michel jean-françois jean-charles jean-baptiste jean-yves marie anne catherine isabelle nathalie sylvie
sophie christine valérie valerie sandrine véronique veronique céline celine stéphanie stephanie caroline claire
julie laure hélène helene florence virginie camille charlotte emilie émilie aurélie aurelie delphine agnès agnes
béatrice beatrice brigitte chantal corinne élisabeth elisabeth françoise francoise juliette laetitia lucie
marion mathilde pauline sarah audrey elodie élodie karine laurence muriel patricia sabine sandra martine
manuel lino rodolphe hugues clément clement lionel loïc loic gaël gael mehdi karim rachid samir nadia leila fatima
john james robert william richard joseph charles george georges edward henry frank peter paul mark steven
stephen michael andrew kenneth kevin brian ronald anthony donald matthew timothy jason jeffrey gary ryan
jacob eric larry scott justin brandon benjamin samuel gregory alexander patrick jack dennis jerry tyler aaron
henri jose josé adam nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah
gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel
logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny bill bob tom tim
jim mike dave steve chris ben dan sam tony ted ed fred greg jeff ken ron rick
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia
marie diana brittany natalie isabella charlotte rose alexis kayla sheryl marissa susan jane meg
warren carlos luis miguel antonio giovanni marco luca hans klaus wolfgang jürgen juergen dieter helmut
hiroshi takeshi satya sundar jeff elon sergey rupert
`
    .trim()
    .split(/\s+/),
);

/** More given names met in international business news (general knowledge). */
export const MORE_FIRST_NAMES = `
harriet henrik anita omar priya rajesh nina ramon liam monica priyanka ahmed jess fiona graham anne sonia ines
inès aisha marco ciara emma ruth walter andrew maya olivia pieter anouk tunde grace ana sven lars anders erik
ingrid astrid hans jan jens kai klaus lena mia noor ali hassan hussein youssef yasmine amina fatou moussa ibrahim
kofi kwame chidi ngozi wei li chen wang zhang hiroshi kenji yuki sakura raj arjun vikram deepa sunita rohan ravi
amit anil sanjay pooja neha diego mateo lucia carmen pablo javier alejandro sofia valentina giulia francesca
alessandro matteo lorenzo riccardo chiara elena pedro joao joão rafael bruna camila felipe isabel ines dimitri
ivan olga natalia sergei alexei katarina piotr tomasz agnieszka magdalena eva lukas felix leon paul max noah
elias jonas finn lea hannah lina clara ella zoe chloe lily ava mila nora alma ida freya hugo oscar axel theo
lucas bertrand léa lea yanis amandine baptiste théo theo louise manon inès jade chloé enzo nathan mathis
gabriel arthur jules raphaël adam paul tom noé sacha léo leo timothée quentin kevin jérémy jeremy florian
aurélien aurelien bastien corentin dylan loïc marius valentin victor martine ginette odile colette josiane
ghislaine solène solene margaux océane oceane anaïs anais morgane justine elise élise estelle gaëlle gaelle
sebastian tobias nils johan magnus bjorn björn oskar helena frida saga signe
agathe capucine adèle gwenaël gwenaëlle gaspard octave augustin jérémie ludovic thibault thibaut
geoffroy édouard edouard hortense ségolène coralie clotilde blandine mireille tiphaine
`
  .trim()
  .split(/\s+/);
for (const n of MORE_FIRST_NAMES) FIRST_NAMES.add(n);
for (const n of WORLD_FIRST_NAMES) FIRST_NAMES.add(n);
for (const n of EUROPEAN_FIRST_NAMES) FIRST_NAMES.add(n);
for (const n of ENGLISH_WIRE_FIRST_NAMES) FIRST_NAMES.add(n);

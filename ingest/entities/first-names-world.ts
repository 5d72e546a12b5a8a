/**
 * Given names common in encyclopaedic and sports text beyond French and English business news (artists,
 * athletes, politicians of many countries). General knowledge, lower case; merged into FIRST_NAMES.
 */
export const WORLD_FIRST_NAMES = `
woody axl neil seth lindsay corey ricky raila rafe raf nick naomi nelly patti patty simona
sidney sergi sergueï sergei serguei wallace whitney wilmer tommie tupac uschi vilmos zsa barbra bette
gloria mariah jennifer elena arantxa izzy jeremy greg kanye mitt alan roman
jerzy alexander bradley lon béla bela christopher robert aaron eustache charles michael john
james william richard joseph thomas george edward henry frank steve steven kevin brian jason justin ryan eric
andrew anthony donald kenneth paul larry jeffrey scott gary timothy jose juan carlos luis miguel pedro pablo
diego javier fernando rafael alejandro manuel antonio francisco jorge ricardo sergio andrés andres mario marco
luca giuseppe giovanni francesco alessandro matteo lorenzo stefano roberto paolo massimo fabio davide
hans jürgen jurgen klaus wolfgang dieter helmut uwe stefan michael markus andreas thorsten manfred horst karl
heinz franz fritz otto wilhelm ludwig friedrich günter gunter bernd ralf jörg jorg sven lars erik anders
mikael piotr pawel paweł krzysztof tomasz andrzej marek wojciech vladimir vladimír ivan igor dmitri dmitry
sergey alexei aleksandr mikhail boris yuri youri oleg viktor nikolai nikolaï andreï andrei pavel zoran
dragan goran miroslav dusan dušan nenad bogdan florin adrian mihai gheorghe ion vasile istvan istván laszlo
lászló gábor gabor zoltán zoltan ferenc attila ahmed mohamed mohammed mahmoud ali hassan hussein omar youssef
karim rachid saïd abdel abdul ibrahim mustafa moustapha kemal recep mehmet yusuf hiroshi takeshi kenji
akira yuki haruki satoshi naoki zhang raj rahul amit sunil
sanjay vijay arjun krishna mary patricia linda barbara elizabeth susan jessica sarah karen nancy lisa betty
margaret sandra kimberly emily donna michelle dorothy carol melissa deborah stephanie rebecca
laura sharon cynthia kathleen amy shirley helen brenda pamela katherine samantha christine
isabella abigail julia maria ana rosa
lucia sofia paula andrea silvia monica mónica francesca giulia chiara elena anna ingrid greta astrid
karin birgit ursula petra sabine heidi olga natalia natalya tatiana svetlana irina ekaterina anastasia
ludmila marina yulia martina amélie jodie britney beyoncé madonna whoopi meryl
leonardo keanu denzel marlon bruce
sylvester ewan daniel rupert jimi kurt eddie
freddie ozzy ringo david mick iggy janis joni aretha whitney tina dolly cher
shawn randy jimmy gwen hilary hillary trevor innes isaiah joachim josh leonhard marcel mariano nwankwo
marine tracy joseba reynaldo olivier luís luis gilberto glyn heinrich jarosław jaroslaw marcelo mouammar dwayne bret roddy
`
  .trim()
  .split(/\s+/);

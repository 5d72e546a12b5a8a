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
emi haruka aiko yuko keiko naoko yoko kaori mariko noriko tomoko ayumi megumi misaki yui kaito sota daiki ren takumi
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

/**
 * Given names by world region, as French and English text spell them (transliterations included). General
 * knowledge, lower case. Used only for names of two words or more (person-given-names.ts), never alone, since
 * several are also words or places.
 */
export const REGIONAL_GIVEN_NAMES = `
jacek lech radoslaw radosław zbigniew bronisław bronislaw czesław czeslaw mirosław mirosław stanisław stanislaw
władysław wladyslaw jarek grzegorz wiesław wieslaw bogusław boguslaw kazimierz leszek janusz ryszard witold
dorota małgorzata malgorzata beata ewa joanna zofia jadwiga urszula grazyna grażyna
zsolt gyula lajos sándor sandor imre tibor péter janos jános miklós miklos csaba levente bence balázs balazs
zdeněk zdenek jiří jiri václav vaclav milan miloš milos jaroslav radek ondřej ondrej tomáš tomas petr
gueorgui guéorgui gueorgi georgi iouri iuri vassili vassily mikhaïl mikhail alexeï alekseï leonid anatoli
anatoly evgueni evgeni yevgeny valeri valéri valery arkadi arkady grigori grigory vsevolod viatcheslav
viacheslav vitali vitaly stanislav rostislav yaroslav iaroslav volodymyr petro taras bohdan oleksandr
mykola serhiy andriy dmytro vitaliy yulia ioulia anna nadejda nadezhda lioudmila ludmila valentina galina
tamara larissa vera zinaida
klaas bram joost sjoerd wout wouter kees joop henk dirk gerrit pim ruud marco arjen arjan rinus rutger 
maarten willem hendrik jeroen huub guus thijs niels frits teun wim annemiek marieke saskia femke
jesper mads rasmus søren soren henning torben steffen morten kasper jørgen jorgen bent birger leif knut
olav nils sigurd terje trond rune bjørn bjorn håkan hakan göran goran stig ulf kjell 
afonso aldo gonçalo goncalo duarte rui nuno tiago vasco sebastião sebastiao rodrigo adriano ronaldo
ronaldinho romário romario rivaldo sócrates socrates zico kaká kaka thiago marcos murilo ederson
mouloud mohand kader lakhdar houari abdelaziz abdelkader boualem larbi hocine mustapha smaïl smail
belkacem djamel nordine farid mourad nabil hamid khaled tarek walid yacine zinedine kamel amar slimane
jamal jalal hichem driss moulay abdellah abdelilah hakim karima samira naïma naima malika zohra djamila
cem emre ertuğrul ertugrul selim burak kaan mesut arda hakan nuri suat tayyip ahmet murat orhan erdal
revathi lakshmi meena anand arvind ashok gautam harish mahesh manoj mukesh naveen nitin prakash rakesh
ramesh sandeep suresh sunil vinod vivek indira sonia shashi nandan azim ratan aditya
jianguo xiaoping zemin jintao jinping keqiang yong hui wei jun 
hyun min-jun seung jae-in jong-un myung-bak geun-hye
shinzo junichiro yoshihiko naoto taro ichiro masayoshi kazuo tadashi akio
debbie maggie octavia agatha jared clayton joel clark sly will bill bob ted jed wes ned zack zach
dwight lyndon calvin grover herbert woodrow ulysses rutherford millard
marcel jacques-yves aimé aime émile emile gustave honoré honore octave edmond
domenico maurizio salvatore vincenzo gianluca gianni gianluigi gianfranco pierluigi carlo enrico emilio ettore
filippo federico giacomo guido leonardo luigi nicola pietro raffaele sergio silvio tommaso umberto ugo
alessandra beatrice daniela federica gabriella ilaria lorenza margherita rossella serena simonetta
álvaro alvaro íñigo inigo iker unai xabi xavi jordi josep oriol aitor mikel koldo ander gorka
joaquín joaquin ignacio gonzalo ramiro emiliano agustín agustin facundo maximiliano
karolína karolina kristýna kristyna petra lucie tereza markéta marketa barbora
kostya kostia lesya lesia oksana olena iryna svitlana daria dasha
dries jef wim lieven koen bart stijn jelle joris
dov avi yossi moshe yitzhak shimon ehud benyamin tzipi
thibault thibaut josselin maëlle maelle auguste gaspard gauthier gautier baptiste bastien blandine capucine
clémence clemence colette corentin cyril cyrielle edouard édouard enzo estelle étienne etienne eugénie eugenie fanny
félix felix gaëtan gaetan ghislain gwenaël gwenael gwendoline hortense inès ines jules justine killian lucas léa lea
léo leo léon leon lise louise ludovic maël mael maëva maeva manon margaux marius maxence mélanie melanie morgane noé
noémie noemie océane oceane quentin raphaëlle romane salomé salome solène solene tanguy théo theo timothée
timothee tristan valentin yohann yasmina yasmine soraya leïla inaya amina nawel myriam sofiane ilyes anissa
aidan aoife ciara cian conor connor niamh siobhan saoirse seamus eoin fergus hamish alasdair angus euan finlay
lachlan mhairi morag murdo ruaridh rory kirsty isla catriona eilidh callum declan padraig ciaran oisin
eero essi juha jukka kari matti mikko pekka tuomas ville aino anni emmi kaisa minna riikka sanna tiina
nandini priyanka deepa kavita neha pooja shreya ananya aarav rohan vikram
idriss idris idrissa anis ilyas nassim nadir issa ousmane amadou seydou boubacar babacar modou aliou salif lamine
salima houda hafsa siham wassim ayoub younes tariq hicham redouane reda riyad mounir emeka chinedu obinna folake
amira samia abdou achille gaston alix iñaki inaki julian piers priti oren sverre mette katrin ineke els
`
  .trim()
  .split(/\s+/);

/**
 * Name material for generated demo cases. Weights roughly follow how common the names are among
 * Finnish adults of boat-owning age (more weight = more people); written by hand, not copied.
 */
export type Weighted = readonly (readonly [string, number])[];

export const FINNISH_MALE: Weighted = [
  ['Juha', 9], ['Timo', 9], ['Matti', 8], ['Kari', 8], ['Mikko', 8], ['Jari', 7], ['Antti', 7], ['Jukka', 7],
  ['Mika', 7], ['Markku', 6], ['Pekka', 6], ['Hannu', 6], ['Heikki', 5], ['Seppo', 5], ['Janne', 5], ['Ari', 5],
  ['Sami', 5], ['Petri', 5], ['Pasi', 4], ['Ville', 4], ['Marko', 4], ['Tuomas', 4], ['Jussi', 4], ['Esa', 4],
  ['Harri', 3], ['Risto', 3], ['Pentti', 3], ['Jarmo', 3], ['Erkki', 3], ['Teemu', 3], ['Lauri', 3], ['Olli', 3],
  ['Jani', 3], ['Tero', 3], ['Veli', 2], ['Raimo', 2], ['Ilkka', 2], ['Kalle', 2], ['Eero', 2], ['Aleksi', 2],
  ['Joonas', 2], ['Niko', 2], ['Tommi', 2], ['Arto', 2], ['Kimmo', 2], ['Reijo', 2], ['Tapio', 2], ['Vesa', 2],
  ['Juhani', 2], ['Eino', 1], ['Väinö', 1], ['Onni', 1], ['Otto', 1], ['Lasse', 1], ['Aki', 1], ['Jyrki', 1],
  ['Osmo', 1], ['Pertti', 1], ['Rauno', 1], ['Toni', 1],
];

export const FINNISH_FEMALE: Weighted = [
  ['Anne', 7], ['Tiina', 7], ['Sari', 7], ['Päivi', 6], ['Riitta', 6], ['Marja', 6], ['Minna', 6], ['Tuula', 5],
  ['Pirjo', 5], ['Leena', 5], ['Kirsi', 5], ['Satu', 5], ['Helena', 4], ['Hanna', 4], ['Johanna', 4], ['Sanna', 4],
  ['Laura', 4], ['Maria', 4], ['Elina', 4], ['Katja', 3], ['Heidi', 3], ['Mervi', 3], ['Merja', 3], ['Ritva', 3],
  ['Eija', 3], ['Tarja', 3], ['Marjatta', 3], ['Anu', 3], ['Outi', 3], ['Paula', 3], ['Heli', 2], ['Jaana', 2],
  ['Sirpa', 2], ['Kaisa', 2], ['Noora', 2], ['Emilia', 2], ['Aino', 2], ['Essi', 2], ['Milla', 2], ['Henna', 2],
  ['Suvi', 2], ['Niina', 2], ['Terhi', 2], ['Pia', 2], ['Ulla', 2], ['Hilkka', 1], ['Raili', 1], ['Seija', 1],
  ['Aila', 1], ['Eeva', 1], ['Kaarina', 1], ['Liisa', 1], ['Annika', 1], ['Veera', 1], ['Iida', 1], ['Ella', 1],
  ['Krista', 1], ['Susanna', 1], ['Taina', 1], ['Marketta', 1],
];

export const FINNISH_SURNAMES: Weighted = [
  ['Korhonen', 10], ['Virtanen', 10], ['Mäkinen', 9], ['Nieminen', 9], ['Mäkelä', 8], ['Hämäläinen', 8],
  ['Laine', 8], ['Heikkinen', 7], ['Koskinen', 7], ['Järvinen', 7], ['Lehtonen', 7], ['Lehtinen', 7],
  ['Saarinen', 6], ['Salminen', 6], ['Heinonen', 6], ['Niemi', 6], ['Heikkilä', 6], ['Kinnunen', 5],
  ['Salonen', 5], ['Turunen', 5], ['Salo', 5], ['Laitinen', 5], ['Tuominen', 5], ['Rantanen', 5],
  ['Karjalainen', 5], ['Jokinen', 4], ['Mattila', 4], ['Savolainen', 4], ['Lahtinen', 4], ['Ahonen', 4],
  ['Ojala', 4], ['Leppänen', 4], ['Hiltunen', 3], ['Väisänen', 3], ['Kallio', 3], ['Leinonen', 3],
  ['Miettinen', 3], ['Aaltonen', 3], ['Pitkänen', 3], ['Manninen', 3], ['Koivisto', 3], ['Lind', 3],
  ['Hakala', 3], ['Anttila', 3], ['Laaksonen', 3], ['Räsänen', 2], ['Nurmi', 2], ['Peltonen', 2],
  ['Kettunen', 2], ['Toivonen', 2], ['Seppälä', 2], ['Rantala', 2], ['Vainio', 2], ['Jääskeläinen', 2],
  ['Lappalainen', 2], ['Kokkonen', 2], ['Aalto', 2], ['Niskanen', 2], ['Hirvonen', 2], ['Koponen', 2],
  ['Ketola', 1], ['Suominen', 1], ['Vuorinen', 1], ['Laakso', 1], ['Halonen', 1], ['Ruotsalainen', 1],
];

export const SWEDISH_MALE: Weighted = [
  ['Johan', 8], ['Mikael', 7], ['Anders', 7], ['Peter', 6], ['Stefan', 6], ['Thomas', 6], ['Henrik', 6],
  ['Fredrik', 5], ['Patrik', 5], ['Jan', 5], ['Lars', 5], ['Mats', 5], ['Erik', 5], ['Carl', 4], ['Kaj', 4],
  ['Göran', 4], ['Bo', 4], ['Björn', 4], ['Christian', 4], ['Magnus', 4], ['Kim', 3], ['Tom', 3], ['Rolf', 3],
  ['Nils', 3], ['Ulf', 3], ['Bengt', 3], ['Sven', 3], ['Håkan', 3], ['Rainer', 2], ['Jonas', 2], ['Axel', 2],
  ['Oskar', 2], ['Gustav', 2], ['Viktor', 2], ['Filip', 2], ['Alexander', 2], ['Robin', 2], ['Sebastian', 2],
  ['Joakim', 2], ['Krister', 2], ['Leif', 2], ['Gunnar', 2], ['Ragnar', 1], ['Holger', 1], ['Torbjörn', 1],
  ['Ingmar', 1], ['Åke', 1], ['Per', 1], ['Rasmus', 1], ['Emil', 1], ['Anton', 1], ['Linus', 1], ['Hugo', 1],
  ['Elias', 1], ['Jesper', 1], ['Dan', 1], ['Roger', 1], ['Tor', 1], ['Sten', 1], ['Stig', 1],
];

export const SWEDISH_FEMALE: Weighted = [
  ['Anna', 8], ['Maria', 7], ['Eva', 6], ['Kristina', 6], ['Susanne', 5], ['Camilla', 5], ['Karin', 5],
  ['Ulrika', 5], ['Annika', 5], ['Monica', 4], ['Marina', 4], ['Catharina', 4], ['Birgitta', 4], ['Gunilla', 4],
  ['Christel', 3], ['Helena', 3], ['Jessica', 3], ['Linda', 3], ['Sofia', 3], ['Johanna', 3], ['Malin', 3],
  ['Ingrid', 3], ['Britt', 3], ['Carina', 3], ['Marianne', 3], ['Pia', 2], ['Nina', 2], ['Ida', 2], ['Emma', 2],
  ['Sara', 2], ['Hanna', 2], ['Elin', 2], ['Matilda', 2], ['Frida', 2], ['Ebba', 2], ['Alice', 2], ['Astrid', 2],
  ['Greta', 2], ['Margareta', 2], ['Elisabeth', 2], ['Agneta', 1], ['Barbro', 1], ['Solveig', 1], ['Siv', 1],
  ['Gun', 1], ['Ann-Christin', 1], ['Lena', 1], ['Louise', 1], ['Josefin', 1], ['Wilma', 1], ['Stella', 1],
  ['Amanda', 1], ['Julia', 1], ['Vera', 1], ['Irene', 1], ['Viveka', 1], ['Mikaela', 1], ['Tove', 1], ['Lotta', 1],
  ['Nora', 1],
];

export const SWEDISH_SURNAMES: Weighted = [
  ['Lindholm', 7], ['Johansson', 7], ['Nyström', 6], ['Lindqvist', 6], ['Lindroos', 6], ['Karlsson', 6],
  ['Andersson', 5], ['Holmström', 5], ['Eriksson', 5], ['Lindberg', 5], ['Nyman', 5], ['Björklund', 5],
  ['Gustafsson', 4], ['Sjöberg', 4], ['Mattsson', 4], ['Wikström', 4], ['Forsström', 4], ['Blomqvist', 4],
  ['Sundström', 4], ['Holmberg', 4], ['Fagerström', 3], ['Granqvist', 3], ['Ekholm', 3], ['Strandberg', 3],
  ['Lundqvist', 3], ['Söderström', 3], ['Wikman', 3], ['Åberg', 3], ['Forsman', 3], ['Backman', 3],
  ['Lindström', 3], ['Nordström', 3], ['Grönroos', 3], ['Östman', 2], ['Sandberg', 2], ['Westerlund', 2],
  ['Engström', 2], ['Hägglund', 2], ['Malmberg', 2], ['Stenroos', 2], ['Wahlroos', 2], ['Ahlberg', 2],
  ['Berg', 2], ['Dahlström', 2], ['Enqvist', 2], ['Fröberg', 2], ['Hellström', 2], ['Jansson', 2],
  ['Kronqvist', 2], ['Lönnqvist', 1], ['Nylund', 1], ['Palmgren', 1], ['Rosenberg', 1], ['Schauman', 1],
  ['Tallqvist', 1], ['Westerholm', 1], ['Wrede', 1], ['von Bonsdorff', 1], ['Åkerblom', 1], ['Öhman', 1],
];

export const STREETS: readonly string[] = [
  'Mannerheimintie', 'Hämeentie', 'Mechelininkatu', 'Runeberginkatu', 'Fredrikinkatu', 'Bulevardi',
  'Itäinen Papinkatu', 'Helsinginkatu', 'Sturenkatu', 'Mäkelänkatu', 'Kustaankatu', 'Laajalahdentie',
  'Munkkiniemen puistotie', 'Vattuniemenkatu', 'Lauttasaarentie', 'Meripuistotie', 'Isokaari', 'Kulosaaren puistotie',
  'Itäväylä', 'Vuosaarentie', 'Kallvikintie', 'Aurinkolahden puistotie', 'Hiihtäjäntie', 'Herttoniemenranta',
  'Abraham Wetterin tie', 'Kivikonkaari', 'Kontulantie', 'Malminkaari', 'Tapulikaupungintie', 'Pakilantie',
  'Oulunkyläntie', 'Kirkkoherrantie', 'Pihlajistontie', 'Viikintie', 'Lehtisaarentie', 'Kuusisaarentie',
  'Ruoholahdenkatu', 'Jätkäsaarenlaituri', 'Välimerenkatu', 'Saukonpaadenranta', 'Merihaankatu', 'Siltasaarenkatu',
  'Kalasatamankatu', 'Työpajankatu', 'Arabiankatu', 'Kaironkatu', 'Pohjoisranta', 'Kruunuvuorenkatu',
  'Laajasalontie', 'Reposalmentie', 'Santahamina', 'Tammisalontie', 'Marjaniementie', 'Puotilantie',
];

export const BOAT_NAMES: readonly string[] = [
  'Aallotar', 'Ahti', 'Vellamo', 'Merituuli', 'Ulappa', 'Kaisla', 'Tuulikki', 'Saukko', 'Kuikka', 'Tiira',
  'Lokki', 'Selma', 'Aava', 'Laine', 'Myrsky', 'Sumu', 'Kajo', 'Pilvi', 'Kotka', 'Merikotka', 'Haahka', 'Telkkä',
  'Kalastaja', 'Sininen', 'Helmi', 'Onni', 'Sisu', 'Otso', 'Veikko', 'Kesä', 'Suvi', 'Iltarusko', 'Aamukaste',
  'Havsörn', 'Sjöbris', 'Måsen', 'Vågen', 'Lilla My', 'Tärnan', 'Ejdern', 'Bris', 'Solvind', 'Havsfrun',
  'Kobben', 'Skärgård', 'Vindil', 'Albatross', 'Neptun', 'Aurora', 'Nova', 'Stella Maris', 'Blue Moon', 'Odysseus',
  'Pikku-Myy', 'Muumi', 'Hemuli', 'Nuuskamuikkunen', 'Tofslan', 'Ronja', 'Amanda', 'Josefiina', 'Rauha',
];

/** Common models on the Finnish market, by boat type id (the boat type ids 1-9 of the city registry). */
export const MODELS_BY_TYPE: Record<number, readonly string[]> = {
  1: ['Optimist', 'Zoom 8', 'Laser', 'Vikla', 'Finnjolla', 'Hai'],
  2: ['Pioneer 12', 'Terhi 385', 'Suvi 400', 'Marino 390', 'Linder 410', 'Terhi Saiman'],
  3: ['Buster XL', 'Buster Magnum', 'Yamarin 56 BC', 'Terhi 475 BR', 'Finnmaster 62 DC', 'Silver Fox BR', 'Faster 495',
    'AMT 190 BR', 'Quicksilver 505', 'Kaski 5000', 'Yamarin 63 DC', 'Bella 620', 'Flipper 600 DC', 'Suvi 5100'],
  4: ['Bella 700', 'Grandezza 28', 'Minor 27', 'Aquador 26 HT', 'Nordstar 24', 'Yamarin Cross 75', 'Targa 27'],
  5: ['Nauticat 33', 'Sea Star 850', 'Fin Fisher 25', 'Minor 24', 'Aquador 23 WA'],
  6: ['H-vene', 'Finn Express 83', 'Finngulf 33', 'Hanse 345', 'Bavaria 33', 'Maxi 95', 'Albin Vega', 'Guy 23',
    'Sunwind 27', 'Nauticat 331', 'Targa 96', 'Dufour 310', 'Beneteau Oceanis 35', 'Folkboat'],
  7: ['Troolari 9.5', 'Marino 8 Fisher'],
  8: ['Vanha höyrylaiva'],
  9: ['Itse rakennettu', 'Kanootti', 'Vesiskootteri Yamaha VX'],
};

export const EMAIL_DOMAINS: readonly string[] = ['example.fi', 'example.com', 'example.net', 'esimerkki.fi'];

export const COMPANY_SUFFIXES: readonly string[] = ['Oy', 'Oy Ab', 'Ky', 'Ab'];
export const COMPANY_WORDS: readonly string[] = [
  'Meri', 'Saaristo', 'Ranta', 'Luoto', 'Aalto', 'Vene', 'Satama', 'Kallio', 'Kari', 'Skär', 'Hav', 'Sjö', 'Nord',
];
export const ASSOCIATIONS: readonly string[] = [
  'Helsingin Venekerho ry', 'Merisatama-seura ry', 'Laajasalon Veneilijät ry', 'Vuosaaren Meriseura ry',
  'Helsingfors Segelsällskap rf', 'Lauttasaaren Veneseura ry',
];

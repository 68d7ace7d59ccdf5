/**
 * Helsinki's residential postal codes (Posti type 1 street areas, 00100–00990) with the postal
 * area and the major district, generated from resources/data/common/helsinki_residential_postal_codes.csv
 * (see resources/data/README.md). The rules need them on both sides without I/O, so they are data here; a seed
 * test compares this list with the CSV, so the two cannot drift apart.
 */
export const HELSINKI_DISTRICTS = ['Southern', 'Western', 'Central', 'Northern', 'Northeastern', 'Southeastern', 'Eastern', 'Östersundom'] as const;
export type HelsinkiDistrict = (typeof HELSINKI_DISTRICTS)[number];

export interface PostalArea {
  code: string;
  area: string;
  district: HelsinkiDistrict;
}

export const HELSINKI_POSTAL_AREAS: readonly PostalArea[] = [
  { code: '00100', area: 'Helsinki keskusta - Etu-Töölö', district: 'Southern' },
  { code: '00120', area: 'Punavuori', district: 'Southern' },
  { code: '00130', area: 'Kaartinkaupunki', district: 'Southern' },
  { code: '00140', area: 'Kaivopuisto - Ullanlinna', district: 'Southern' },
  { code: '00150', area: 'Eira - Hernesaari', district: 'Southern' },
  { code: '00160', area: 'Katajanokka', district: 'Southern' },
  { code: '00170', area: 'Kruununhaka', district: 'Southern' },
  { code: '00180', area: 'Kamppi - Ruoholahti', district: 'Southern' },
  { code: '00190', area: 'Suomenlinna', district: 'Southern' },
  { code: '00200', area: 'Lauttasaari', district: 'Southern' },
  { code: '00210', area: 'Vattuniemi', district: 'Southern' },
  { code: '00220', area: 'Jätkäsaari', district: 'Southern' },
  { code: '00230', area: 'Ilmala', district: 'Central' },
  { code: '00240', area: 'Länsi-Pasila', district: 'Central' },
  { code: '00250', area: 'Taka-Töölö', district: 'Southern' },
  { code: '00260', area: 'Keski-Töölö', district: 'Southern' },
  { code: '00270', area: 'Pohjois-Meilahti', district: 'Western' },
  { code: '00280', area: 'Ruskeasuo', district: 'Western' },
  { code: '00290', area: 'Meilahden sairaala-alue', district: 'Western' },
  { code: '00300', area: 'Pikku Huopalahti', district: 'Western' },
  { code: '00310', area: 'Kivihaka', district: 'Western' },
  { code: '00320', area: 'Etelä-Haaga', district: 'Western' },
  { code: '00330', area: 'Munkkiniemi', district: 'Western' },
  { code: '00340', area: 'Kuusisaari - Lehtisaari', district: 'Western' },
  { code: '00350', area: 'Munkkivuori - Niemenmäki', district: 'Western' },
  { code: '00360', area: 'Pajamäki', district: 'Western' },
  { code: '00370', area: 'Reimarla', district: 'Western' },
  { code: '00380', area: 'Pitäjänmäen teollisuusalue', district: 'Western' },
  { code: '00390', area: 'Konala', district: 'Western' },
  { code: '00400', area: 'Pohjois-Haaga', district: 'Western' },
  { code: '00410', area: 'Malminkartano', district: 'Western' },
  { code: '00420', area: 'Kannelmäki', district: 'Western' },
  { code: '00430', area: 'Maununneva', district: 'Western' },
  { code: '00440', area: 'Lassila', district: 'Western' },
  { code: '00500', area: 'Sörnäinen', district: 'Central' },
  { code: '00510', area: 'Etu-Vallila - Alppila', district: 'Central' },
  { code: '00520', area: 'Itä-Pasila', district: 'Central' },
  { code: '00530', area: 'Kallio', district: 'Central' },
  { code: '00540', area: 'Kalasatama', district: 'Central' },
  { code: '00550', area: 'Vallila', district: 'Central' },
  { code: '00560', area: 'Toukola - Vanhakaupunki', district: 'Central' },
  { code: '00570', area: 'Kulosaari', district: 'Southeastern' },
  { code: '00580', area: 'Verkkosaari', district: 'Central' },
  { code: '00590', area: 'Kaitalahti', district: 'Southeastern' },
  { code: '00600', area: 'Koskela', district: 'Central' },
  { code: '00610', area: 'Käpylä', district: 'Central' },
  { code: '00620', area: 'Metsälä - Etelä-Oulunkylä', district: 'Northern' },
  { code: '00630', area: 'Maunula - Suursuo', district: 'Northern' },
  { code: '00640', area: 'Oulunkylä - Patola', district: 'Northern' },
  { code: '00650', area: 'Veräjämäki', district: 'Northern' },
  { code: '00660', area: 'Länsi-Pakila', district: 'Northern' },
  { code: '00670', area: 'Paloheinä', district: 'Northern' },
  { code: '00680', area: 'Itä-Pakila', district: 'Northern' },
  { code: '00690', area: 'Tuomarinkylä - Torpparinmäki', district: 'Northern' },
  { code: '00700', area: 'Malmi', district: 'Northeastern' },
  { code: '00710', area: 'Pihlajamäki', district: 'Northeastern' },
  { code: '00720', area: 'Pukinmäki - Savela', district: 'Northeastern' },
  { code: '00730', area: 'Tapanila', district: 'Northeastern' },
  { code: '00740', area: 'Siltamäki', district: 'Northeastern' },
  { code: '00750', area: 'Puistola', district: 'Northeastern' },
  { code: '00760', area: 'Suurmetsä', district: 'Northeastern' },
  { code: '00770', area: 'Jakomäki - Alppikylä', district: 'Northeastern' },
  { code: '00780', area: 'Tapaninvainio', district: 'Northeastern' },
  { code: '00790', area: 'Viikki', district: 'Northeastern' },
  { code: '00800', area: 'Länsi-Herttoniemi', district: 'Southeastern' },
  { code: '00810', area: 'Herttoniemi', district: 'Southeastern' },
  { code: '00820', area: 'Roihuvuori', district: 'Southeastern' },
  { code: '00830', area: 'Tammisalo', district: 'Southeastern' },
  { code: '00840', area: 'Laajasalo', district: 'Southeastern' },
  { code: '00850', area: 'Jollas', district: 'Southeastern' },
  { code: '00860', area: 'Santahamina', district: 'Southeastern' },
  { code: '00870', area: 'Etelä-Laajasalo', district: 'Southeastern' },
  { code: '00880', area: 'Roihupellon teollisuusalue', district: 'Southeastern' },
  { code: '00890', area: 'Östersundom', district: 'Östersundom' },
  { code: '00900', area: 'Puotinharju', district: 'Eastern' },
  { code: '00910', area: 'Puotila', district: 'Eastern' },
  { code: '00920', area: 'Myllypuro', district: 'Eastern' },
  { code: '00930', area: 'Itäkeskus - Marjaniemi', district: 'Eastern' },
  { code: '00940', area: 'Kontula', district: 'Eastern' },
  { code: '00950', area: 'Vartioharju', district: 'Eastern' },
  { code: '00960', area: 'Pohjois-Vuosaari', district: 'Eastern' },
  { code: '00970', area: 'Mellunmäki', district: 'Eastern' },
  { code: '00980', area: 'Etelä-Vuosaari', district: 'Eastern' },
  { code: '00990', area: 'Aurinkolahti', district: 'Eastern' },
];

const byCode = new Map(HELSINKI_POSTAL_AREAS.map((a) => [a.code, a]));

/** The postal area of a Helsinki home postal code, or undefined when it is not one. */
export function helsinkiPostalArea(code: string): PostalArea | undefined {
  return byCode.get(code);
}

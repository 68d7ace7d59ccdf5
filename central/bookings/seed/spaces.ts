import type { Localized } from '../../../domain/languages.ts';
import { seedId } from './ids.ts';
import type { Resource, Space } from './reference-types.ts';
import { unitId, type UnitKey } from './units.ts';

/**
 * The spaces of each unit as a tree, and the resources in them. Töölö's Mika Waltari hall and its
 * thirds, and Oodi's studio complex with its rooms, are the Varaamo fixture's; Oodi's vocal booth
 * inside studio room 1 makes the tree two levels deep below the complex.
 */

export const spaceId = (key: string): string => seedId('space', key);
export const resourceId = (key: string): string => seedId('resource', key);

interface SpaceRow {
  key: string;
  unit: UnitKey;
  parent?: string;
  name: Localized;
  area?: number;
  persons?: number;
}

const room = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en });

const SPACES: SpaceRow[] = [
  { key: 'kallio-kupolisali', unit: 'kallio', name: room('Kupolisali', 'Kupolsalen', 'Dome hall'), area: 110, persons: 60 },
  { key: 'kallio-ryhmatyohuone', unit: 'kallio', name: room('Ryhmätyöhuone', 'Grupparbetsrum', 'Group work room'), area: 18, persons: 8 },

  { key: 'oodi-studiokompleksi', unit: 'oodi', name: room('Studiokompleksi', 'Studiokomplexet', 'Studio complex'), area: 160, persons: 20 },
  { key: 'oodi-studio-1', unit: 'oodi', parent: 'oodi-studiokompleksi', name: room('Studiohuone 1', 'Studiorum 1', 'Studio room 1'), area: 40, persons: 33 },
  { key: 'oodi-laulukoppi', unit: 'oodi', parent: 'oodi-studio-1', name: room('Laulukoppi', 'Sånghytt', 'Vocal booth'), area: 4, persons: 2 },
  { key: 'oodi-studio-2', unit: 'oodi', parent: 'oodi-studiokompleksi', name: room('Studiohuone 2', 'Studiorum 2', 'Studio room 2'), area: 30, persons: 8 },
  { key: 'oodi-studio-3', unit: 'oodi', parent: 'oodi-studiokompleksi', name: room('Studiohuone 3', 'Studiorum 3', 'Studio room 3'), area: 30, persons: 8 },
  { key: 'oodi-studio-4', unit: 'oodi', parent: 'oodi-studiokompleksi', name: room('Studiohuone 4', 'Studiorum 4', 'Studio room 4'), area: 25, persons: 6 },
  { key: 'oodi-maijansali', unit: 'oodi', name: room('Maijansali', 'Maijasalen', 'Maija hall'), area: 250, persons: 200 },

  { key: 'toolo-mika-waltari', unit: 'toolo', name: room('Mika Waltari sali', 'Mika Waltari-salen', 'Mika Waltari hall'), area: 120, persons: 100 },
  { key: 'toolo-mika-waltari-1', unit: 'toolo', parent: 'toolo-mika-waltari', name: room('Mika Waltari sali osa 1', 'Mika Waltari-salen del 1', 'Mika Waltari hall part 1'), area: 40, persons: 30 },
  { key: 'toolo-mika-waltari-2', unit: 'toolo', parent: 'toolo-mika-waltari', name: room('Mika Waltari sali osa 2', 'Mika Waltari-salen del 2', 'Mika Waltari hall part 2'), area: 40, persons: 30 },
  { key: 'toolo-mika-waltari-3', unit: 'toolo', parent: 'toolo-mika-waltari', name: room('Mika Waltari sali osa 3', 'Mika Waltari-salen del 3', 'Mika Waltari hall part 3'), area: 40, persons: 30 },
  { key: 'toolo-ryhmatyotila', unit: 'toolo', name: room('Ryhmätyötila', 'Grupparbetslokal', 'Group work space'), area: 15, persons: 6 },

  { key: 'itakeskus-monitoimitila', unit: 'itakeskus', name: room('Monitoimitila', 'Allaktivitetslokal', 'Multipurpose space'), area: 80, persons: 50 },
  { key: 'itakeskus-ryhmatyotila-1', unit: 'itakeskus', name: room('Ryhmätyötila 1', 'Grupparbetslokal 1', 'Group work space 1'), area: 12, persons: 6 },
  { key: 'itakeskus-ryhmatyotila-2', unit: 'itakeskus', name: room('Ryhmätyötila 2', 'Grupparbetslokal 2', 'Group work space 2'), area: 12, persons: 6 },

  { key: 'pasila-kokoushuone', unit: 'pasila', name: room('Kokoushuone', 'Mötesrum', 'Meeting room'), area: 25, persons: 12 },
  { key: 'pasila-pelihuone', unit: 'pasila', name: room('Pelihuone', 'Spelrum', 'Games room'), area: 20, persons: 6 },

  { key: 'caisa-kellari', unit: 'caisa', name: room('Kellarisali', 'Källarsalen', 'Basement hall'), area: 100, persons: 50 },
  { key: 'caisa-mankelihuone', unit: 'caisa', name: room('Mankelihuone', 'Mangelrum', 'Mangle room'), persons: 1 },
  { key: 'caisa-aitio', unit: 'caisa', name: room('Aitio', 'Logen', 'Box'), area: 50, persons: 6 },
  { key: 'caisa-aula', unit: 'caisa', name: room('Aula', 'Lobbyn', 'Lobby'), area: 10, persons: 5 },
  { key: 'caisa-takkahuone', unit: 'caisa', name: room('Takkahuone', 'Brasrum', 'Fireplace room'), persons: 47 },
  { key: 'caisa-kammio', unit: 'caisa', name: room('Kammio', 'Kammaren', 'Chamber'), persons: 15 },
  { key: 'caisa-parveke', unit: 'caisa', name: room('Parveke', 'Balkongen', 'Balcony'), area: 5, persons: 15 },
  { key: 'caisa-patio', unit: 'caisa', name: room('Patio', 'Patio', 'Patio'), area: 15, persons: 30 },
  { key: 'caisa-toimisto', unit: 'caisa', name: room('Toimisto', 'Kontoret', 'Office'), area: 37, persons: 14 },

  { key: 'stoa-sali', unit: 'stoa', name: room('Stoan sali', 'Stoa-salen', 'Stoa hall'), area: 300, persons: 250 },
  { key: 'stoa-musiikkistudio', unit: 'stoa', name: room('Musiikkistudio', 'Musikstudio', 'Music studio'), area: 25, persons: 6 },
  { key: 'stoa-tanssisali', unit: 'stoa', name: room('Tanssisali', 'Danssal', 'Dance hall'), area: 120, persons: 30 },

  { key: 'annantalo-juhlasali', unit: 'annantalo', name: room('Juhlasali', 'Festsalen', 'Festival hall'), area: 150, persons: 120 },
  { key: 'annantalo-kuvataideluokka', unit: 'annantalo', name: room('Kuvataideluokka', 'Bildkonstklassen', 'Visual arts classroom'), area: 60, persons: 25 },

  { key: 'malmitalo-malmisali', unit: 'malmitalo', name: room('Malmisali', 'Malmsalen', 'Malmi hall'), area: 400, persons: 300 },
  { key: 'malmitalo-bandikamppa', unit: 'malmitalo', name: room('Bändikämppä', 'Bandrummet', 'Band room'), area: 20, persons: 6 },

  { key: 'vuotalo-vuosali', unit: 'vuotalo', name: room('Vuosali', 'Nordsalen', 'Vuo hall'), area: 350, persons: 280 },
  { key: 'vuotalo-studio', unit: 'vuotalo', name: room('Studio', 'Studio', 'Studio'), area: 70, persons: 40 },

  { key: 'fredriksberg-aula', unit: 'fredriksberg', name: room('Fredriksbergin 2-talon aula', 'Fredriksbergs hus 2, lobbyn', 'Fredriksberg House 2 lobby'), area: 90, persons: 60 },
  { key: 'fredriksberg-sauna', unit: 'fredriksberg', name: room('Nuorisotalon sauna', 'Ungdomsgårdens bastu', 'Youth centre sauna'), area: 20, persons: 10 },

  { key: 'ympyratalo-toimistohuone-1', unit: 'ympyratalo', name: room('Toimistohuone 1', 'Kontorsrum 1', 'Office room 1'), area: 50, persons: 10 },
];

export function seedSpaces(): Space[] {
  return SPACES.map((s) => ({
    id: spaceId(s.key),
    parentId: s.parent ? spaceId(s.parent) : null,
    unitId: unitId(s.unit),
    name: s.name,
    surfaceArea: s.area ?? null,
    maxPersons: s.persons ?? null,
    code: '',
  }));
}

/** Oodi's instruments (the fixture's guitar and bass, and a movable drum kit) and Stoa's piano. */
export function seedResources(): Resource[] {
  return [
    { id: resourceId('oodi-kitara-1'), unitId: unitId('oodi'), name: room('Kitara 1', 'Gitarr 1', 'Guitar 1'), locationType: 'MOVABLE', spaceId: null },
    { id: resourceId('oodi-basso-1'), unitId: unitId('oodi'), name: room('Basso 1', 'Bas 1', 'Bass 1'), locationType: 'FIXED', spaceId: spaceId('oodi-studio-1') },
    { id: resourceId('oodi-sahkorummut'), unitId: unitId('oodi'), name: room('Sähkörummut', 'Elektroniska trummor', 'Electronic drums'), locationType: 'MOVABLE', spaceId: null },
    { id: resourceId('stoa-flyygeli'), unitId: unitId('stoa'), name: room('Flyygeli', 'Flygel', 'Grand piano'), locationType: 'FIXED', spaceId: spaceId('stoa-sali') },
  ];
}

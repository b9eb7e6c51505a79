/**
 * Label normalisation. Prompts as the vendors word them: reCAPTCHA's challenge frame in its en/fr/de/es builds
 * (the bold object of "Select all images with <strong>crosswalks</strong>", also the whole sentence), hCaptcha's
 * "Please click each image containing a ...", Arkose Labs game titles.
 */
import { describe, expect, it } from 'vitest';
import { LABEL_PATTERN } from '@/lib/events';
import { LABELS, normaliseLabel, OTHER_LABEL } from '@/lib/captcha-labels';

const CASES: [string, string, string, string, string][] = [
  // id, English, French, German, Spanish
  ['crosswalk', 'crosswalks', 'passages pour piétons', 'Fußgängerüberwegen', 'pasos de peatones'],
  ['traffic light', 'traffic lights', 'feux de circulation', 'Ampeln', 'semáforos'],
  ['bicycle', 'bicycles', 'vélos', 'Fahrrädern', 'bicicletas'],
  ['bus', 'buses', 'bus', 'Bussen', 'autobuses'],
  ['motorcycle', 'motorcycles', 'motos', 'Motorrädern', 'motocicletas'],
  ['fire hydrant', 'a fire hydrant', "bouches d'incendie", 'Hydranten', 'bocas de incendios'],
  ['car', 'cars', 'voitures', 'Autos', 'coches'],
  ['stairs', 'stairs', 'escaliers', 'Treppen', 'escaleras'],
  ['bridge', 'bridges', 'ponts', 'Brücken', 'puentes'],
  ['boat', 'boats', 'bateaux', 'Booten', 'barcos'],
  ['tractor', 'tractors', 'tracteurs', 'Traktoren', 'tractores'],
  ['chimney', 'chimneys', 'cheminées', 'Schornsteinen', 'chimeneas'],
  ['palm tree', 'palm trees', 'palmiers', 'Palmen', 'palmeras'],
  ['mountain', 'mountains or hills', 'montagnes ou collines', 'Bergen oder Hügeln', 'montañas o colinas'],
  ['taxi', 'taxis', 'taxis', 'Taxis', 'taxis'],
  ['parking meter', 'parking meters', 'parcmètres', 'Parkuhren', 'parquímetros'],
  ['truck', 'trucks', 'camions', 'Lastwagen', 'camiones'],
  ['airplane', 'airplane', 'avion', 'Flugzeug', 'avión'],
  ['train', 'train', 'train', 'Zug', 'tren'],
];

describe('normaliseLabel', () => {
  it.each(CASES)('%s from English, French, German and Spanish', (id, en, fr, de, es) => {
    for (const prompt of [en, fr, de, es]) expect(normaliseLabel(prompt)).toBe(id);
  });

  it('reads the object in whole prompt sentences', () => {
    expect(normaliseLabel('Select all images with crosswalks Click verify once there are none left')).toBe('crosswalk');
    expect(normaliseLabel('Sélectionnez tous les carrés contenant des feux de circulation S’il n’y en a aucun, cliquez sur Ignorer')).toBe('traffic light');
    expect(normaliseLabel('Wählen Sie alle Bilder mit Zebrastreifen aus')).toBe('crosswalk');
    expect(normaliseLabel('Selecciona todas las imágenes con bocas de incendios')).toBe('fire hydrant');
    expect(normaliseLabel('Please click each image containing a motorbus')).toBe('bus');
    expect(normaliseLabel('Veuillez cliquer sur chaque image contenant un bateau')).toBe('boat');
    expect(normaliseLabel('Use the arrows to rotate the animal to face in the direction of the hand')).toBe('animal');
    expect(normaliseLabel('Pick the dice pair whose top faces add up to 7')).toBe('dice');
  });

  it('prefers the longest object named ("fire hydrant" over "hydrant", "palm tree" over "tree")', () => {
    expect(normaliseLabel('fire hydrants')).toBe('fire hydrant');
    expect(normaliseLabel('palm trees')).toBe('palm tree');
    expect(normaliseLabel('trees')).toBe('tree');
  });

  it('does not take a longer word for a label ("carpet" is not a car, "Busch" is not a bus)', () => {
    expect(normaliseLabel('carpets')).toBe(OTHER_LABEL);
    expect(normaliseLabel('Busch')).toBe(OTHER_LABEL);
    expect(normaliseLabel('cartes')).toBe(OTHER_LABEL);
  });

  it('keeps a generic label for unknown or empty prompts, never their text', () => {
    for (const prompt of ['Pick the image that is the correct way up', 'Call 555-0100 now', '', null, undefined, '<img src=x>', 'ಚಿತ್ರ']) {
      expect(normaliseLabel(prompt)).toBe(OTHER_LABEL);
    }
  });

  it('only ever returns ids the message schema accepts', () => {
    for (const id of [...Object.keys(LABELS), OTHER_LABEL]) expect(id).toMatch(LABEL_PATTERN);
  });
});

/**
 * Normalises the object a CAPTCHA asks for ("crosswalks", "passages pour piétons", "Zebrastreifen", "pasos de
 * peatones") to one fixed English singular id. Only these ids are ever stored: an unknown prompt becomes
 * `other`, never its raw text (it could carry anything the page puts there).
 *
 * Each entry lists lower-case stems matched against the prompt's words with accents removed; prompts learned from
 * reCAPTCHA and hCaptcha challenges in English, French, German and Spanish.
 */
export const LABELS: Record<string, readonly string[]> = {
  crosswalk: ['crosswalk', 'pedestrian crossing', 'passage pour pieton', 'passages pour pieton', 'passages pietons', 'passage pieton', 'zebrastreifen', 'fussgangeruberweg', 'paso de peatones', 'pasos de peatones', 'paso peatonal'],
  'traffic light': ['traffic light', 'feu de circulation', 'feux de circulation', 'feu tricolore', 'feux tricolores', 'feux de signalisation', 'feu de signalisation', 'ampel', 'semaforo'],
  bicycle: ['bicycle', 'bike', 'velo', 'fahrrad', 'fahrrader', 'bicicleta'],
  bus: ['bus', 'autobus', 'busse', 'autobuses'],
  motorcycle: ['motorcycle', 'motorbike', 'moto', 'motos', 'motocyclette', 'motorrad', 'motorrader', 'motocicleta'],
  'fire hydrant': ['fire hydrant', 'hydrant', 'bouche d incendie', 'bouches d incendie', 'borne d incendie', 'bornes d incendie', 'hydranten', 'boca de incendios', 'bocas de incendios', 'hidrante'],
  car: ['car', 'cars', 'voiture', 'voitures', 'auto', 'autos', 'coche', 'coches', 'pkw'],
  stairs: ['stair', 'staircase', 'escalier', 'treppe', 'escalera'],
  bridge: ['bridge', 'pont', 'brucke', 'puente'],
  boat: ['boat', 'bateau', 'boot', 'barco', 'bote'],
  tractor: ['tractor', 'tracteur', 'traktor', 'traktoren'],
  chimney: ['chimney', 'cheminee', 'schornstein', 'chimenea'],
  'palm tree': ['palm tree', 'palmier', 'palme', 'palmen', 'palmera'],
  mountain: ['mountain', 'hill', 'montagne', 'colline', 'berg', 'berge', 'montana', 'colina'],
  taxi: ['taxi', 'taxis'],
  'parking meter': ['parking meter', 'parcmetre', 'parkuhr', 'parquimetro'],
  vehicle: ['vehicle', 'vehicule', 'fahrzeug', 'vehiculo'],
  truck: ['truck', 'camion', 'lastwagen', 'lkw'],
  airplane: ['airplane', 'aeroplane', 'avion', 'flugzeug'],
  'street sign': ['street sign', 'panneau', 'strassenschild', 'senal de trafico', 'senales de trafico'],
  store: ['store front', 'storefront', 'vitrine', 'devanture', 'schaufenster', 'escaparate'],
  seaplane: ['seaplane', 'hydravion', 'wasserflugzeug', 'hidroavion'],
  animal: ['animal', 'tier', 'tiere'],
  audio: ['audio'],
};

export const OTHER_LABEL = 'other';

const fold = (s: string) =>
  ` ${s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim()} `;

// Longest stems first, so "fire hydrant" wins over "hydrant" and "parking meter" over nothing shorter.
const STEMS: [string, string][] = Object.entries(LABELS)
  .flatMap(([id, stems]) => stems.map((stem): [string, string] => [fold(stem).trim(), id]))
  .sort((a, b) => b[0].length - a[0].length);

/** `prompt` -> fixed id, trying each stem as a whole word or word prefix (plurals: "crosswalks", "Ampeln"). */
export function normaliseLabel(prompt: string | null | undefined): string {
  const text = fold(prompt ?? '');
  for (const [stem, id] of STEMS) {
    const at = text.indexOf(` ${stem}`);
    if (at === -1) continue;
    const rest = text.slice(at + stem.length + 1);
    // Allow a plural/inflection suffix of up to 3 letters: crosswalk(s), Ampel(n), bicicleta(s), bus(es).
    if (/^[a-z]{0,3} /.test(rest)) return id;
  }
  return OTHER_LABEL;
}

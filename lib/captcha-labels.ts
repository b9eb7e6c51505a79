/**
 * Normalises the object a CAPTCHA asks for ("crosswalks", "passages pour piétons", "Zebrastreifen", "pasos de
 * peatones") to one fixed English singular id. Only these ids are ever stored: an unknown prompt becomes
 * `other`, never its raw text (it could carry anything the page puts there).
 *
 * Each entry lists lower-case stems matched against the prompt's words with accents removed. Prompts learned from
 * the reCAPTCHA challenge frame in its en/fr/de/es builds ("Select all images with ...", "Sélectionnez tous les
 * carrés contenant des ...", "Wählen Sie alle Bilder mit ... aus", "Selecciona todas las imágenes con ..."), from
 * hCaptcha's "Please click each image containing a ..." prompts (as read by open-source solvers such as
 * QIN2DIM/hcaptcha-challenger) and from Arkose Labs game titles ("rotate the animal", "dice pair").
 */
// One line per id: its stems separated by `|` (kept as strings: this table ships in every frame's content script).
export const LABELS: Record<string, string> = {
  crosswalk: 'crosswalk|pedestrian crossing|zebra crossing|passage pour pieton|passages pour pieton|passages pietons|passage pieton|passage clout|zebrastreifen|fussgangeruberweg|fussgangeruberwege|paso de peatones|pasos de peatones|paso peatonal|cruce peatonal|cruces peatonales',
  'traffic light': 'traffic light|traffic signal|feu de circulation|feux de circulation|feu tricolore|feux tricolores|feux de signalisation|feu de signalisation|ampel|verkehrsampel|semaforo',
  bicycle: 'bicycle|bike|velo|bicyclette|fahrrad|bicicleta',
  bus: 'bus|motorbus|autobus|autocar|omnibus',
  motorcycle: 'motorcycle|motorbike|moto|motocyclette|motorrad|motocicleta|motocicletas',
  'fire hydrant': 'fire hydrant|hydrant|bouche d incendie|bouches d incendie|borne d incendie|bornes d incendie|borne incendie|hydranten|feuerhydrant|boca de incendios|bocas de incendios|boca de riego|hidrante',
  car: 'car|voiture|automobile|auto|coche|carro|pkw',
  stairs: 'stair|staircase|escalier|treppe|escalera',
  bridge: 'bridge|pont|brucke|puente',
  boat: 'boat|ship|bateau|navire|boot|schiff|barco|bote|barca',
  tractor: 'tractor|tracteur|traktor',
  chimney: 'chimney|cheminee|schornstein|kamin|chimenea',
  'palm tree': 'palm tree|palm|palmier|palme|palmera',
  mountain: 'mountain|hill|montagne|colline|berg|hugel|montana|colina|cerro',
  taxi: 'taxi|cab',
  'parking meter': 'parking meter|parcmetre|horodateur|parkuhr|parkscheinautomat|parquimetro',
  vehicle: 'vehicle|vehicule|fahrzeug|vehiculo',
  truck: 'truck|lorry|camion|lastwagen|lastkraftwagen|lkw',
  airplane: 'airplane|aeroplane|aircraft|avion|flugzeug|avioneta',
  seaplane: 'seaplane|hydravion|wasserflugzeug|hidroavion',
  train: 'train|zug|tren',
  'street sign': 'street sign|road sign|panneau|strassenschild|verkehrsschild|senal de trafico|senales de trafico|senal de transito',
  store: 'store front|storefront|shop front|vitrine|devanture|schaufenster|ladenfront|escaparate',
  tree: 'tree|arbre|baum|baume|arbol|arboles',
  dog: 'dog|chien|hund|perro',
  cat: 'cat|chat|katze|gato',
  horse: 'horse|cheval|chevaux|pferd|caballo',
  bird: 'bird|oiseau|vogel|pajaro|ave',
  elephant: 'elephant|elefant|elefante',
  dice: 'dice|paire de des|wurfel|dado',
  hand: 'hand|main|mano',
  animal: 'animal|tier|tiere',
  audio: 'audio',
};

export const OTHER_LABEL = 'other';

const fold = (s: string) =>
  ` ${s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]+/g, ' ')
    .trim()} `;

// Longest stems first, so "fire hydrant" wins over "hydrant" and "palm tree" over "tree".
const STEMS: [string, string][] = Object.entries(LABELS)
  .flatMap(([id, stems]) => stems.split('|').map((stem): [string, string] => [fold(stem).trim(), id]))
  .sort((a, b) => b[0].length - a[0].length);

// Plural and inflection endings of the four languages (crosswalk-s, bus-es, bateau-x, Ampel-n, Boot-e, Bus-se(n),
// Hydrant-en, Fahrräd-er). A closed list rather than "any short suffix", so "car" never matches "carpet".
const SUFFIX = /^(s|es|x|e|n|en|er|se|sen|ern) /;

/** `prompt` -> fixed id, trying each stem as a whole word or a word with a plural ending. */
export function normaliseLabel(prompt: string | null | undefined): string {
  const text = fold(prompt ?? '');
  for (const [stem, id] of STEMS) {
    let from = 0;
    for (let at = text.indexOf(` ${stem}`, from); at !== -1; at = text.indexOf(` ${stem}`, from)) {
      const rest = text.slice(at + stem.length + 1);
      if (rest.startsWith(' ') || SUFFIX.test(rest)) return id;
      from = at + 1;
    }
  }
  return OTHER_LABEL;
}

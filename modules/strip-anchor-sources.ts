/**
 * Detector chunks run in web pages, so they ship only what detection needs. Each anchor's `src` (where its markup was
 * verified, lib/detectors/core/types.ts) is documentation: it stays in the detector files and in docs/anchors.md,
 * and its value is emptied in the build. The citations' own constants, then unused, are left out by the minifier.
 *
 * The code is parsed (Vite's `parseAst`), and only the `src` of an object literal that also has a `sel` is emptied: an
 * anchor, and nothing else. (A character scanner did this once and was taken out, 840ba22: it misread a detector's
 * code and a gesture stopped counting. A parser reads strings, templates and regular expressions as the engine does.)
 * tests/unit/strip-anchor-sources.test.ts checks the transform; tests/e2e/budget.e2e.ts checks the built chunks.
 */
import { parseAst } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null && typeof (x as Node).type === 'string';

/** A property's name, when it is written as a plain name or a string (`src: ...`, `'src': ...`). */
function keyName(p: Node): string | undefined {
  if (p.type !== 'Property' || p.computed) return undefined;
  const key = p.key as Node & { name?: string; value?: unknown };
  return key.type === 'Identifier' ? key.name : typeof key.value === 'string' ? key.value : undefined;
}

/** `code` (JavaScript) with the value of every anchor's `src` replaced by `""`. */
export function stripAnchorSources(code: string): string {
  const cuts: { start: number; end: number; text: string }[] = [];
  const visit = (node: Node) => {
    if (node.type === 'ObjectExpression') {
      const props = (node.properties as Node[]).filter((p) => keyName(p) !== undefined);
      const src = props.find((p) => keyName(p) === 'src');
      if (src && props.some((p) => keyName(p) === 'sel')) {
        // A shorthand `{ sel, src }` becomes `{ sel, src: "" }`.
        const value = src.value as Node;
        cuts.push(src.shorthand ? { start: src.start, end: src.end, text: 'src: ""' } : { start: value.start, end: value.end, text: '""' });
      }
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach((c) => isNode(c) && visit(c));
      else if (isNode(child)) visit(child);
    }
  };
  visit(parseAst(code) as unknown as Node);
  let out = code;
  for (const { start, end, text } of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Detector files (lib/detectors/<category>/<id>.ts) and their shared machinery, never the type definitions. */
const DETECTOR_FILE = /[\\/]lib[\\/]detectors[\\/](?!core[\\/]types\.ts)[^?]*\.ts$/;

export default defineWxtModule({
  name: 'strip-anchor-sources',
  setup(wxt) {
    addViteConfig(wxt, () => ({
      plugins: [
        {
          name: 'travail-du-clic:strip-anchor-sources',
          // After TypeScript is turned into JavaScript, which is what the parser reads.
          enforce: 'post' as const,
          transform(code: string, id: string) {
            return DETECTOR_FILE.test(id) ? { code: stripAnchorSources(code), map: null } : undefined;
          },
        },
      ],
    }));
  },
});

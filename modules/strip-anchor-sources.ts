/**
 * Detector chunks run in web pages, so they ship only what detection needs: the `src` of each anchor (where its
 * markup was verified) is documentation, kept in the source files and in docs/anchors.md, and dropped from the build
 * (about a third of a detector chunk). tests/unit/strip-anchor-sources.test.ts checks the transform.
 */
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/**
 * Replaces the value of every `src:` property in `code` (JavaScript or TypeScript) with `""`; strings and comments
 * are left untouched. Regular-expression literals are not parsed: detector files keep quotes out of them.
 */
export function stripAnchorSources(code: string): string {
  let out = '';
  let i = 0;
  const n = code.length;
  /** Index just past the string or template literal starting at `at`. */
  const skipString = (at: number): number => {
    const quote = code[at]!;
    let j = at + 1;
    while (j < n && code[j] !== quote) {
      if (code[j] === '\\') j += 2;
      else if (quote === '`' && code[j] === '$' && code[j + 1] === '{') j = skipExpression(j + 2, '}') + 1;
      else j += 1;
    }
    return j + 1;
  };
  /** Index of the `end` character (or `,`/`}` when end is ',') that closes an expression starting at `at`. */
  const skipExpression = (at: number, end: string): number => {
    let depth = 0;
    let j = at;
    while (j < n) {
      const c = code[j]!;
      if (c === '"' || c === "'" || c === '`') j = skipString(j);
      else if (c === '(' || c === '[' || c === '{') (depth += 1), (j += 1);
      else if ((c === ')' || c === ']' || c === '}') && depth > 0) (depth -= 1), (j += 1);
      else if (depth === 0 && (c === end || (end === ',' && (c === '}' || c === ')' || c === ']')))) return j;
      else j += 1;
    }
    return j;
  };
  while (i < n) {
    const c = code[i]!;
    // Comments are copied as they are (an apostrophe in one is not a string).
    if (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) {
      const close = code[i + 1] === '/' ? code.indexOf('\n', i) : code.indexOf('*/', i + 2) + 1;
      const j = close <= 0 ? n : close + 1;
      out += code.slice(i, j);
      i = j;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      const j = skipString(i);
      out += code.slice(i, j);
      i = j;
      continue;
    }
    const key = /^src\s*:/.exec(code.slice(i, i + 8));
    if (key && !/[\w$.]/.test(code[i - 1] ?? '')) {
      const valueAt = i + key[0].length;
      out += 'src:""';
      i = skipExpression(valueAt, ',');
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}

export default defineWxtModule({
  name: 'strip-anchor-sources',
  setup(wxt) {
    addViteConfig(wxt, () => ({
      plugins: [
        {
          name: 'travail-du-clic:strip-anchor-sources',
          enforce: 'post' as const,
          transform(code: string, id: string) {
            return /\/lib\/detectors\/(?!core\/types)[^?]*\.ts$/.test(id) ? { code: stripAnchorSources(code), map: null } : undefined;
          },
        },
      ],
    }));
  },
});

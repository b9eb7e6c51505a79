/** One language's messages, one part (scripts/catalog-plugin.ts): `{ key: message }`. */
declare module 'virtual:tdc-catalog/*' {
  const catalog: Record<string, string>;
  export default catalog;
}

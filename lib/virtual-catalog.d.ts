/** One language's messages, one part (scripts/catalog-plugin.ts): `{ key: message }`. */
declare module 'virtual:tdc-catalog/*' {
  const catalog: Record<string, string>;
  export default catalog;
}

/** A hash of each language's part (scripts/catalog-plugin.ts): `{ en: { popup: '…', … }, fr: … }`. */
declare module 'virtual:tdc-catalog-version' {
  const versions: Record<'en' | 'fr', Record<string, string>>;
  export default versions;
}

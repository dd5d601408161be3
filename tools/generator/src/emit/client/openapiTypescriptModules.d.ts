// The two openapi-typescript modules the client emitter imports directly (see schemaTypesOf.ts), typed
// by the declarations of the same functions in the package's public entry.
declare module 'openapi-typescript/dist/transform/schema-object.mjs' {
  export { transformSchemaObject as default } from 'openapi-typescript';
}
declare module 'openapi-typescript/dist/lib/ts.mjs' {
  export { astToString } from 'openapi-typescript';
}

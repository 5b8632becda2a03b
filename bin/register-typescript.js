// `node --import ./bin/register-typescript.js file.ts` runs a TypeScript entry point of this
// repository (see ./typescript-hooks.js). Stack traces point into the .ts sources.
import { register } from 'node:module';

process.setSourceMapsEnabled(true);
register('./typescript-hooks.js', import.meta.url);

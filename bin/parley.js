#!/usr/bin/env node
// The `parley` command. Parley runs its TypeScript sources directly (transpiled as they load,
// see ./typescript-hooks.js), so there is no build step.
import './register-typescript.js';

await import('../src/cli/main.ts');

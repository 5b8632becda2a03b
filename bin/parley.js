#!/usr/bin/env node
// The `parley` command. Parley runs its TypeScript sources through tsx, so no build step exists.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

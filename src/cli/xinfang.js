#!/usr/bin/env node
// Entry point of `npx xinfang`: registers tsx so the TypeScript sources run as they are (no build step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));

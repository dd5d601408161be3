// `npm run build`: the pinned pnpm, dependencies, then generate + build every package.
import { ensureWorkspace } from './ensureWorkspace.mjs';

ensureWorkspace();

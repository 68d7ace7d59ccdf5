// npm's postinstall: fails `npm ci` with one sentence when the Node that npm scripts get is not 24.
// npm puts node_modules/.bin first on PATH, and there `node` is the project's own Node 24 (the
// node-<os>-<cpu> optional dependency for this platform), so this fails only where npm has no
// such package (an unlisted platform, or --omit=optional) and the system's Node is not 24.
// Plain JavaScript with nothing newer than ES2015 modules: it must run on any Node.
import console from 'node:console';
import process from 'node:process';

const major = Number(process.versions.node.split('.')[0]);
if (major !== 24) {
  console.error(
    `KuVa Desk runs on Node.js 24, and npm found no Node 24 package for ${process.platform}-${process.arch} (your Node is ${process.version}): ` +
      'install Node.js 24 from https://nodejs.org, put it first on PATH and run npm ci again.',
  );
  process.exit(1);
}

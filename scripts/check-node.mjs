// Plain JavaScript on purpose: it must run, and explain itself, on a Node too old to run TypeScript.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `This platform needs Node.js 24, but Node ${process.versions.node} is running. ` +
      'npm ci installs Node 24 into node_modules for Linux x64/arm64, Intel macOS and Windows x64 ' +
      '(run the scripts through npm); elsewhere, install Node 24 first (see docs/adr/0002).',
  );
  process.exit(1);
}

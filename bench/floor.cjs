// The floor of an archive run: a Node process that lists the folder, reads every file, decodes
// it and splits it into lines, with one scan for numbers — what any checker must at least do.
const fs = require('node:fs');
const path = require('node:path');
const dir = process.argv[2];
let sink = 0;
for (const name of fs.readdirSync(dir)) {
  if (!/\.(txt|md)$/i.test(name)) continue;
  const text = fs.readFileSync(path.join(dir, name)).toString('utf8');
  sink += text.split('\n').length;
  for (const m of text.matchAll(/[0-9０-９]+/g)) sink += m[0].length;
}
process.stdout.write(`${sink}\n`);

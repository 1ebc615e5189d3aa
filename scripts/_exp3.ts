import { readFileSync } from 'node:fs';
import { parseDocument } from '../lib/node/load';
import { outletRegistry } from '../lib/outlets/index';
import { timeStages, processClock, threadClock } from './bench/stages';
const registry = outletRegistry();
for (const f of ['trafilatura--blog-python-org-python-360.html','readability--nytimes-1.html','readability--cnn.html']) {
  const doc = parseDocument(readFileSync('../shared/corpus/pages/'+f,'utf8'));
  for (let i=0;i<2;i++) console.log(f, JSON.stringify(timeStages(f, doc, 'https://example.com/a', registry, 3, process.execArgv.includes('--single-threaded') ? processClock : threadClock)));
}

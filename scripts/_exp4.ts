import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from '../lib/node/load';
import { outletRegistry } from '../lib/outlets/index';
import { timeStages, processClock } from './bench/stages';
const registry = outletRegistry();
const gc=(globalThis as any).gc;
const files=readdirSync('../shared/corpus/pages').filter(f=>f.endsWith('.html')).sort().slice(0,40);
files.forEach((f,i)=>{
  const doc = parseDocument(readFileSync('../shared/corpus/pages/'+f,'utf8'));
  const r=timeStages(f, doc, 'https://example.com/a', registry, 3, processClock);
  gc(); if(i%5==0) console.log(i, (process.memoryUsage().heapUsed/1e6).toFixed(0),'MB heap', (process.memoryUsage().rss/1e6).toFixed(0),'rss', r.readability.toFixed(1), r.trace.toFixed(1));
});

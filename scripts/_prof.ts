import { readFileSync, readdirSync } from 'node:fs';
import { parseDocument } from '../lib/node/load';
import { outletRegistry } from '../lib/outlets/index';
import { trace } from '../lib/trace';
const registry = outletRegistry();
const files=readdirSync('../shared/corpus/pages').filter(f=>f.endsWith('.html')).sort();
const docs=files.map(f=>parseDocument(readFileSync('../shared/corpus/pages/'+f,'utf8')));
for (let r=0;r<4;r++) for (const d of docs) trace(d,'https://example.com/a',{registry});

/** Every registry data file, one import each (test/outlets/registry.test.ts checks none is missing). */
import type { OutletInput } from '../schema';
import africa from './africa';
import americas from './americas';
import asia from './asia';
import business from './business';
import companiesGlobal from './companies-global';
import companiesIdVn from './companies-id-vn';
import europe from './europe';
import government from './government';
import governmentMore from './government-more';
import governments from './governments';
import indonesia from './indonesia';
import indonesiaBodies from './indonesia-bodies';
import international from './international';
import mideast from './mideast';
import ministriesWorld from './ministries-world';
import organizations from './organizations';
import parties from './parties';
import vietnam from './vietnam';
import vietnamBodies from './vietnam-bodies';
import science from './science';
import wires from './wires';

export const DATA: OutletInput[][] = [wires, international, organizations, parties, business, companiesGlobal, companiesIdVn, government, governmentMore, governments, ministriesWorld, indonesia, indonesiaBodies, vietnam, vietnamBodies, asia, europe, americas, mideast, africa, science];

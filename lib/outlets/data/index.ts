/** Every registry data file, one import each (test/outlets/registry.test.ts checks none is missing). */
import type { OutletInput } from '../schema';
import business from './business';
import ru from './ru';
import vn from './vn';
import wires from './wires';

export const DATA: OutletInput[][] = [wires, business, ru, vn];

import { matchRepositorySuite } from '@matchready/services/testing';
import { describeEachDatabase } from './each-database.ts';

describeEachDatabase('match instance and run repositories', (fixture) => {
  matchRepositorySuite(() => fixture().repos);
});

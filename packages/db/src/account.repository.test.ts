import { accountRepositorySuite } from '@matchready/services/testing';
import { describeEachDatabase } from './each-database.ts';

describeEachDatabase('account repositories', (fixture) => {
  accountRepositorySuite(() => fixture().repos);
});

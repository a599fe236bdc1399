import { organisationsRepositorySuite } from '@matchready/services/testing';
import { describeEachDatabase } from './each-database.ts';

describeEachDatabase('organisation approval and owned datasets', (fixture) => {
  organisationsRepositorySuite(() => fixture().repos);
});

import { timelineRepositorySuite } from '@matchready/services/testing';
import { describeEachDatabase } from './each-database.ts';

describeEachDatabase('mail and timeline repositories', (fixture) => {
  timelineRepositorySuite(() => fixture().repos);
});

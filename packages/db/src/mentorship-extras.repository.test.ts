import { mentorshipExtrasRepositorySuite } from '@matchready/services/testing';
import { describeEachDatabase } from './each-database.ts';

describeEachDatabase('mentorship extras repositories', (fixture) => {
  mentorshipExtrasRepositorySuite(() => fixture().repos);
});

import { mentorshipProgramsRepositorySuite } from '@matchready/services/testing';
import { describeEachDatabase } from './each-database.ts';

describeEachDatabase('mentorship program repository', (fixture) => {
  mentorshipProgramsRepositorySuite(() => fixture().repos);
});

import { Accordion, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';

/** The NRMP rules that matter while ordering a rank list, in plain words. */
export function NrmpRules() {
  return (
    <Accordion variant="separated" defaultValue="true-order" chevronPosition="right">
      <Accordion.Item value="true-order">
        <Accordion.Control>Rank in your true order of preference</Accordion.Control>
        <Accordion.Panel>
          <Text fz="sm">
            The Match uses an applicant-proposing algorithm (Roth–Peranson): it tries to place you
            at your first choice, then your second, and so on. A program that ranked you and has
            room takes you over anyone it ranked lower. Ranking a program lower because you think
            you will not get it <strong>never helps</strong>: it cannot improve where you match, it
            can only cost you a program you preferred. Put programs in the order you want them.
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="length">
        <Accordion.Control>Rank every program you would attend</Accordion.Control>
        <Accordion.Panel>
          <Text fz="sm">
            Adding a program you would accept never hurts your chances at the programs above it.
            Leave off only programs you would rather go unmatched than attend: a match is binding.
            Programs that did not interview you will not rank you, so they do not help.
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="supplemental">
        <Accordion.Control>Advanced programs and supplemental lists</Accordion.Control>
        <Accordion.Panel>
          <Text fz="sm">
            Advanced programs (for example PGY-2 radiology) start after a preliminary or
            transitional year. Rank them on your primary list and add a supplemental rank order list
            of PGY-1 programs; one supplemental list can serve one or more advanced programs, and it
            is used only if you match to an advanced program it is linked to. More in{' '}
            <Anchor component={Link} to="/help/nrmp-rules">
              NRMP rules
            </Anchor>
            .
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="couples">
        <Accordion.Control>Couples</Accordion.Control>
        <Accordion.Panel>
          <Text fz="sm">
            Partners can enter the Match as a couple and rank pairs of programs, one for each. A
            pair matches only if both partners get their program in that pair; rank pairs with “no
            match” for one partner only if that outcome is acceptable. This builder ranks programs
            for one applicant.
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

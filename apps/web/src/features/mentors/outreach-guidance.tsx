import { List, Text } from '@mantine/core';

/**
 * How to write a first message to a mentor, in MatchReady's words (docs/outreach-issues.md, after
 * ECFMG's advisor network, docs/sources.md#ecfmg-ian). The checker tests the same points.
 */
export function OutreachGuidance() {
  return (
    <div>
      <Text fz="sm" fw={600} mb={4}>
        A first message that gets answered
      </Text>
      <List fz="sm" spacing={4} type="ordered">
        <List.Item>Greet them by name: “Dear Dr. Okafor,”.</List.Item>
        <List.Item>
          Who you are, in one sentence: your name, where you trained, the specialty and Match year
          you are aiming for.
        </List.Item>
        <List.Item>
          Why them: how you found them and what you share or admire (their article, your country or
          school, the person who suggested them).
        </List.Item>
        <List.Item>
          One small ask with a time box, such as a 15–20 minute call in the next two or three weeks,
          and what you would like to ask about.
        </List.Item>
        <List.Item>
          Respect their time: thank them, offer to fit their schedule, make it easy to say no.
        </List.Item>
        <List.Item>
          Keep it to two or three short paragraphs. Letters, jobs, research places and visas can
          wait until they know your work.
        </List.Item>
      </List>
    </div>
  );
}

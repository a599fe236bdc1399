import { Card, List, Spoiler, Stack, Text, Title } from '@mantine/core';
import type { InterviewQuestion, QuestionResponse } from '@matchready/contract';

interface Props {
  readonly question: InterviewQuestion;
  readonly tips?: QuestionResponse['tips'];
}

/** Why programs ask, what a strong answer covers, and the sample answer (after an attempt). */
export function QuestionGuidance({ question, tips = [] }: Props) {
  return (
    <Card component="section" aria-labelledby="guidance-title">
      <Title order={2} fz="lg" id="guidance-title" mb="sm">
        Guidance and sample answer
      </Title>
      <Stack gap="md">
        <div>
          <Title order={3} fz="md" mb={4}>
            Why programs ask
          </Title>
          <Text fz="sm">{question.whyAsked}</Text>
        </div>
        <div>
          <Title order={3} fz="md" mb={4}>
            What a strong answer covers
          </Title>
          <List fz="sm" spacing={4}>
            {question.talkingPoints.map((point) => (
              <List.Item key={point.id}>
                <strong>{point.label}.</strong> {point.guidance}
                {point.optional ? ' (optional)' : ''}
              </List.Item>
            ))}
          </List>
        </div>
        {question.paths && question.paths.length > 0 && (
          <div>
            <Title order={3} fz="md" mb={4}>
              If your situation is different
            </Title>
            <Text fz="sm" mb={4}>
              The report judges your answer against the situation it describes.
            </Text>
            <Stack gap="xs">
              {question.paths.map((path) => (
                <Spoiler
                  key={path.id}
                  maxHeight={48}
                  showLabel={`More on ${path.label.toLowerCase()}`}
                  hideLabel="Show less"
                >
                  <Text fz="sm">
                    <strong>{path.label}.</strong> {path.guidance}
                  </Text>
                  <Text fz="sm" c="dimmed" mt={4}>
                    Sample (fictional applicant): {path.sampleAnswer}
                  </Text>
                </Spoiler>
              ))}
            </Stack>
          </div>
        )}
        {tips.length > 0 && (
          <div>
            <Title order={3} fz="md" mb={4}>
              Tips for every answer
            </Title>
            <List fz="sm" spacing={4}>
              {tips.map((tip) => (
                <List.Item key={tip.id}>
                  <strong>{tip.title}.</strong> {tip.text}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <div>
          <Title order={3} fz="md" mb={4}>
            Sample answer
          </Title>
          <Text fz="xs" c="dimmed" mb={4}>
            Written for a fictional applicant: use it for shape, not words. Answers that track it
            closely sound memorised.
          </Text>
          <Spoiler maxHeight={120} showLabel="Show the whole sample answer" hideLabel="Show less">
            <Text fz="sm" style={{ whiteSpace: 'pre-line' }}>
              {question.sampleAnswer}
            </Text>
          </Spoiler>
        </div>
        {question.alternatives.length > 0 && (
          <div>
            <Title order={3} fz="md" mb={4}>
              Also asked as
            </Title>
            <List fz="sm" spacing={2}>
              {question.alternatives.map((text) => (
                <List.Item key={text}>{text}</List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Card>
  );
}

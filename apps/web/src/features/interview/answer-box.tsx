import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type AnswerSource, MAX_ANSWER_CHARACTERS } from '@matchready/contract';
import { IconMicrophone, IconPlayerRecord, IconPlayerStop } from '@tabler/icons-react';
import { type Dispatch, type SetStateAction, useId } from 'react';
import { useAudioRecorder } from './use-audio-recorder.ts';
import { useSpeechRecognition } from './use-speech-recognition.ts';

/** The server's limit, shown as a counter (issue 13: a long answer failed without saying why). */
export function answerTooLong(text: string): boolean {
  return text.length > MAX_ANSWER_CHARACTERS;
}

const count = new Intl.NumberFormat('en-US');

export interface AnswerValue {
  readonly text: string;
  /** 'speech' once any words came from dictation (the transcript stays editable). */
  readonly source: AnswerSource;
}

interface Props {
  readonly value: AnswerValue;
  readonly onChange: Dispatch<SetStateAction<AnswerValue>>;
  readonly disabled?: boolean;
  readonly label?: string;
}

/**
 * The answer: typed, or dictated with the browser's speech recognition and then corrected
 * (recognisers mangle names and accents). Optional audio recording for playback, kept in the tab.
 */
export function AnswerBox({ value, onChange, disabled = false, label = 'Your answer' }: Props) {
  const hintId = useId();
  const counterId = useId();
  const over = value.text.length - MAX_ANSWER_CHARACTERS;
  const speech = useSpeechRecognition((phrase) => {
    if (phrase === '') return;
    onChange((current) => ({
      text: current.text.trim() === '' ? phrase : `${current.text.trimEnd()} ${phrase}`,
      source: 'speech',
    }));
  });
  const recorder = useAudioRecorder();

  const toggleSpeech = () => (speech.listening ? speech.stop() : speech.start());
  const toggleRecording = () => (recorder.recording ? recorder.stop() : void recorder.start());

  return (
    <Stack gap="sm">
      <Textarea
        label={label}
        description={
          speech.supported
            ? 'Type, or dictate and then correct the transcript before you submit.'
            : 'Type your answer as you would say it.'
        }
        autosize
        minRows={6}
        maxRows={16}
        value={value.text}
        disabled={disabled}
        onChange={(event) => {
          const text = event.currentTarget.value;
          onChange((current) => ({ ...current, text }));
        }}
        aria-describedby={`${counterId} ${hintId}`}
        error={
          over > 0
            ? `Answers can be at most ${count.format(MAX_ANSWER_CHARACTERS)} characters: shorten it by ${count.format(over)} before you submit.`
            : undefined
        }
      />
      <Text fz="xs" c={over > 0 ? 'red.9' : 'dimmed'} id={counterId} aria-live="polite">
        {count.format(value.text.length)} of {count.format(MAX_ANSWER_CHARACTERS)} characters
      </Text>
      {speech.listening && (
        <Text fz="sm" c="dimmed" id={hintId}>
          Listening… {speech.interim && <em>{speech.interim}</em>}
        </Text>
      )}
      <Group gap="sm">
        {speech.supported && (
          <Button
            variant={speech.listening ? 'filled' : 'light'}
            color={speech.listening ? 'red' : undefined}
            leftSection={<IconMicrophone size={16} aria-hidden="true" />}
            onClick={toggleSpeech}
            disabled={disabled}
            aria-pressed={speech.listening}
          >
            {speech.listening ? 'Stop dictation' : 'Dictate'}
          </Button>
        )}
        {recorder.supported && (
          <Button
            variant="default"
            leftSection={
              recorder.recording ? (
                <IconPlayerStop size={16} aria-hidden="true" />
              ) : (
                <IconPlayerRecord size={16} aria-hidden="true" />
              )
            }
            onClick={toggleRecording}
            disabled={disabled && !recorder.recording}
            aria-pressed={recorder.recording}
          >
            {recorder.recording ? 'Stop recording' : 'Record audio'}
          </Button>
        )}
      </Group>
      {(speech.error || recorder.error) && (
        <Alert color="orange" variant="light" role="status">
          {speech.error ?? recorder.error}
        </Alert>
      )}
      {recorder.url && (
        <Stack gap={4}>
          {/* biome-ignore lint/a11y/useMediaCaption: the user's own recording has no captions */}
          <audio controls src={recorder.url} aria-label="Your recorded answer" />
          <Text fz="xs" c="dimmed">
            The recording stays in this browser tab for playback; it is never uploaded and is gone
            when you leave the page.
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

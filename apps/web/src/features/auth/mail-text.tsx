import { Anchor, Text } from '@mantine/core';

const LINK = /(https?:\/\/[^\s]+)/g;

/** A plain-text email with its links clickable (the outbox shows mail as it was written). */
export function MailText({ text }: { readonly text: string }) {
  const parts = text.split(LINK);
  return (
    <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }} className="text-break">
      {parts.map((part, i) =>
        // Even indexes are the text between links (split keeps the captured links at odd ones).
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed text
          <Anchor key={i} href={part}>
            {part}
          </Anchor>
        ) : (
          part
        ),
      )}
    </Text>
  );
}

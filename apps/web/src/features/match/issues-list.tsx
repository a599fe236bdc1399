import { Alert, Box, Code, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ApiIssue } from '../../lib/api.ts';

const SHOWN = 100;

/** Problems found in an instance file, each with the path into the file where it was found. */
export function IssuesList({
  title,
  message,
  issues,
}: {
  readonly title: string;
  readonly message?: string;
  readonly issues: readonly ApiIssue[];
}) {
  const shown = issues.slice(0, SHOWN);
  return (
    <Alert
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertTriangle size={20} aria-hidden="true" />}
      role="alert"
      styles={{ message: { minWidth: 0 } }}
    >
      {message && (
        <Text fz="sm" mb={issues.length > 0 ? 'sm' : 0}>
          {message}
        </Text>
      )}
      {issues.length > 0 && (
        <>
          <Text fz="sm" fw={600} mb={6}>
            {issues.length === 1 ? '1 problem found:' : `${issues.length} problems found:`}
          </Text>
          <Box
            mah={280}
            style={{ overflow: 'auto' }}
            tabIndex={0}
            role="region"
            aria-label="Problems (scrollable)"
          >
            <Table
              fz="sm"
              verticalSpacing={6}
              withRowBorders={false}
              bg="white"
              style={{ borderRadius: 6 }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="40%">Where</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((issue, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: issues can repeat a path
                  <Table.Tr key={`${issue.path}-${index}`}>
                    <Table.Td>
                      <Code className="text-break">{issue.path}</Code>
                    </Table.Td>
                    <Table.Td className="text-break">{issue.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
          {issues.length > SHOWN && (
            <Text fz="sm" mt="xs">
              …and {issues.length - SHOWN} more. Fix these first, then upload again.
            </Text>
          )}
        </>
      )}
    </Alert>
  );
}

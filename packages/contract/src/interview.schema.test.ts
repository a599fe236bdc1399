import { describe, expect, it } from 'vitest';
import { api } from './endpoints.ts';
import { createAttemptRequestSchema } from './interview.schema.ts';
import { createMockRequestSchema } from './mock-interview.schema.ts';
import { buildOpenApiDocument } from './openapi.ts';

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('interview schemas', () => {
  it('accepts a typed or spoken answer and refuses blank ones with a human message', () => {
    const valid = {
      questionId: 'img-why-us',
      answer: 'Because…',
      source: 'speech',
      speakingSeconds: 42.5,
    };
    expect(createAttemptRequestSchema.parse(valid)).toEqual(valid);
    const blank = createAttemptRequestSchema.safeParse({
      ...valid,
      answer: ' \n ',
      questionId: 'Img Why',
    });
    expect(messages(blank)).toEqual([
      ['answer', 'Type or say your answer first'],
      ['questionId', 'Question ids are lower-case words joined by hyphens'],
    ]);
  });

  it('bounds mock interviews to 1–10 questions of a known set', () => {
    expect(messages(createMockRequestSchema.safeParse({ format: 'aamc', count: 2.5 }))).toEqual([
      ['count', 'Choose a whole number of questions'],
    ]);
    expect(createMockRequestSchema.safeParse({ format: 'mixed', count: 10 }).success).toBe(true);
  });
});

describe('query parameters in OpenAPI', () => {
  it('describes each query property as an optional query parameter', () => {
    const document = buildOpenApiDocument({ endpoints: [api.listInterviewQuestions] });
    const paths = document.paths as Record<
      string,
      { get: { parameters: object[]; responses: object } }
    >;
    const op = paths['/api/interview/questions']?.get;
    expect(op?.parameters).toEqual([
      expect.objectContaining({ name: 'theme', in: 'query', required: false }),
    ]);
    expect(Object.keys(op?.responses ?? {})).toContain('400');
  });
});

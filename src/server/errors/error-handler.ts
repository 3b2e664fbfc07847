// The one error handler (STYLE 9): every failure leaves as {error, message, ...extra} with a 4xx, or as a
// bare 500 whose request id is in the log. Nothing a client sends may produce a 500.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError } from './api-error';
import { domainErrorOf, statusOfDomainCode } from './domain-status';

interface Envelope {
  status: number;
  body: { error: string; message: string } & Record<string, unknown>;
}

const WHERE: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

function validationEnvelope(
  error: FastifyError & { validation: { instancePath: string; message?: string }[] },
) {
  const where = WHERE[error.validationContext ?? 'body'] ?? 'body';
  const issues = error.validation.map((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    return { field: path ? `${where}.${path}` : where, reason: issue.message ?? 'không hợp lệ' };
  });
  const message = issues.map((i) => `${i.field}: ${i.reason}`).join('; ');
  return { status: 400, body: { error: 'invalid_input', message, field: issues[0]?.field, issues } };
}

/** Fastify's own 4xx errors, renamed to our stable codes with Vietnamese messages. */
function fastifyEnvelope(error: FastifyError): Envelope | null {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        body: { error: 'malformed_json', message: `Nội dung JSON không hợp lệ: ${error.message}` },
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
      return {
        status: 413,
        body: { error: 'too_large', message: 'Tệp hoặc nội dung vượt quá giới hạn 20 MB' },
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { status: 415, body: { error: 'unsupported_media_type', message: error.message } };
  }
  if (error.statusCode === 429) {
    return { status: 429, body: { error: 'rate_limited', message: error.message } };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, body: { error: 'bad_request', message: error.message } };
  }
  return null;
}

/** busboy's errors carry no code: a multipart body without a boundary, cut short or with a broken header. */
const MALFORMED_MULTIPART = /^(Multipart: |Unexpected end of (multipart data|form)|Malformed part header)/;

function multipartEnvelope(error: Error): Envelope | null {
  if (!MALFORMED_MULTIPART.test(error.message)) return null;
  return {
    status: 400,
    body: {
      error: 'malformed_multipart',
      message: `Nội dung multipart/form-data không hợp lệ: ${error.message}`,
    },
  };
}

function envelopeOf(error: unknown): Envelope | null {
  if (error instanceof ApiError) {
    return { status: error.status, body: { ...error.extra, error: error.code, message: error.message } };
  }
  const domain = domainErrorOf(error);
  if (domain) {
    const status = statusOfDomainCode(domain.code);
    return { status, body: { ...domain.details, error: domain.code, message: domain.message } };
  }
  if (hasZodFastifySchemaValidationErrors(error)) return validationEnvelope(error);
  if (error instanceof Error && 'code' in error) return fastifyEnvelope(error as FastifyError);
  if (error instanceof Error) return multipartEnvelope(error);
  return null;
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const envelope = envelopeOf(error);
  if (envelope) {
    request.log.info({ err: error, status: envelope.status }, 'request refused');
    return reply.status(envelope.status).send(envelope.body);
  }
  request.log.error({ err: error, requestId: request.id }, 'unexpected error');
  return reply.status(500).send({ error: 'internal', requestId: request.id });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => handleError(error, request, reply));
}

/** Answers a request no route matched, or returns null to give the JSON 404. */
export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => FastifyReply | null;

export function installNotFoundHandler(app: FastifyInstance, fallback: NotFoundFallback): void {
  app.setNotFoundHandler(
    (request, reply) =>
      fallback(request, reply) ??
      reply
        .status(404)
        .send({ error: 'not_found', message: `Không có đường dẫn ${request.method} ${request.url}` }),
  );
}

/**
 * What an unexpected error may put in the log. A database error's `detail`, and for some errors its message
 * too (`invalid input syntax for type uuid: "…"`), quote the values of the request, which can be personal
 * data; such errors are logged by their SQLSTATE code and stack frames only.
 */
export function loggableError(error: Error): { type: string; message: string; code?: string; stack?: string } {
  const code = (error as { code?: unknown }).code;
  const isDatabaseError = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
  if (!isDatabaseError) return { type: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return { type: error.name, message: `database error ${code}`, code, stack: frames.join('\n') };
}

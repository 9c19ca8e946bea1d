/**
 * Messages Parse Server sends with an error code, as parse-server 9.10.0 writes them: the ones apps
 * test `err.message` against. tests/data/server-messages.test.ts checks each against the installed
 * parse-server's `lib/`.
 */
export interface ServerMessage {
  /** The message, with `{name}` where Parse Server inserts a value. */
  readonly text: string;
  readonly code: number;
  /**
   * True when some path creates it with `createSanitizedError` (`lib/Error.js`): since parse-server
   * 8.5, with `enableSanitizedErrorResponse` (on by default), that path sends "Permission denied"
   * in its place and logs the message instead.
   */
  readonly sanitized: boolean;
  /** The files of parse-server's `lib/` that create it. */
  readonly files: readonly string[];
}

function message(text: string, code: number, files: readonly string[], sanitized = false): ServerMessage {
  return Object.freeze({ text, code, sanitized, files: Object.freeze([...files]) });
}

export const serverMessages: readonly ServerMessage[] = Object.freeze([
  message(
    'Invalid session token',
    209,
    ['Auth.js', 'rest.js', 'RestQuery.js', 'Routers/UsersRouter.js', 'GraphQL/loaders/usersQueries.js'],
    true,
  ),
  message('Object not found.', 101, ['RestWrite.js', 'Controllers/DatabaseController.js', 'Routers/ClassesRouter.js']),
  message('Invalid username/password.', 101, ['Routers/UsersRouter.js']),
  message(
    'Your account is locked due to multiple failed login attempts. Please try again after {duration} minute(s)',
    101,
    ['AccountLockout.js'],
  ),
  message('Permission denied, user needs to be authenticated.', 101, ['Controllers/SchemaController.js'], true),
  message('Account already exists for this username.', 202, ['RestWrite.js']),
  message('Account already exists for this email address.', 203, ['RestWrite.js']),
  message('Email address format is invalid.', 125, ['RestWrite.js']),
  message('User email is not verified.', 205, ['RestWrite.js', 'Routers/UsersRouter.js']),
  message('username/email is required.', 200, ['Routers/UsersRouter.js']),
  message('bad or missing username', 200, ['RestWrite.js']),
  message('password is required.', 201, ['Routers/UsersRouter.js']),
  message('password is required', 201, ['RestWrite.js']),
  message('Insufficient auth.', 206, ['rest.js'], true),
  message('Cannot modify user {objectId}.', 206, ['RestWrite.js'], true),
  message(
    'Permission denied for action {operation} on class {className}.',
    119,
    ['Controllers/SchemaController.js'],
    true,
  ),
  message('This user is not allowed to access non-existent class: {className}', 119, ['RestWrite.js'], true),
  message(
    "Clients aren't allowed to perform the {method} operation on the {className} collection.",
    119,
    ['SharedRest.js'],
    true,
  ),
  message('A duplicate value for a field with unique values was provided', 137, [
    'RestWrite.js',
    'Adapters/Storage/Mongo/MongoStorageAdapter.js',
    'Adapters/Storage/Postgres/PostgresStorageAdapter.js',
  ]),
  message('Duplicate request', 159, ['middlewares.js']),
  message('Invalid function: "{functionName}"', 141, ['Routers/FunctionsRouter.js']),
]);

/** The parts of a message Parse Server writes as they are, between the values it inserts. */
export function fixedPartsOf(serverMessage: ServerMessage): string[] {
  return serverMessage.text.split(/\{\w+\}/u);
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&');
}

const exactPatterns = new Map(
  serverMessages.map((entry) => [entry, fixedPartsOf(entry).map(escapeRegExp).join('.+')] as const),
);

/** The messages a whole message equals: `err.message === 'Object not found.'`. */
export function messagesEqualTo(text: string, ignoreCase: boolean): ServerMessage[] {
  return serverMessages.filter((entry) =>
    new RegExp(`^${exactPatterns.get(entry) ?? ''}$`, ignoreCase ? 'iu' : 'u').test(text),
  );
}

/** The messages with `fragment` in one of their fixed parts: `err.message.includes('Invalid session')`. */
export function messagesContaining(fragment: string, ignoreCase: boolean): ServerMessage[] {
  const wanted = ignoreCase ? fragment.toLowerCase() : fragment;
  return serverMessages.filter((entry) =>
    fixedPartsOf(entry).some((part) => (ignoreCase ? part.toLowerCase() : part).includes(wanted)),
  );
}

/** The messages a regular expression matches, with `X` where Parse Server inserts a value. */
export function messagesMatching(pattern: RegExp): ServerMessage[] {
  return serverMessages.filter((entry) => {
    pattern.lastIndex = 0;
    return pattern.test(fixedPartsOf(entry).join('X'));
  });
}

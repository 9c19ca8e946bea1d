export {
  codeRange,
  currentMeaningsOf,
  entriesFor,
  entryForSdkConstant,
  fixConstantFor,
  isAmbiguous,
  meaningsForMessages,
  sdkConstantFor,
} from './catalog.js';
export { errorCodes } from './error-codes.js';
export type { CodeRange, ErrorCodeCategory, ErrorCodeEntry, ErrorCodeSource, ErrorCodeStatus } from './types.js';
export {
  fixedPartsOf,
  messagesContaining,
  messagesEqualTo,
  messagesMatching,
  serverMessages,
  type ServerMessage,
} from './server-messages.js';

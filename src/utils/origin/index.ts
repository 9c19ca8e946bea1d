export { FailureOrigins } from './failure-origin.js';
export { testsMessageToo } from './message-test.js';

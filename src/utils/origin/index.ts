export { FailureOrigins } from './failure-origin.js';

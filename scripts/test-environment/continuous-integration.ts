/** CI=true: a test that needs something missing (a browser, a server) fails rather than skips. */
export const inContinuousIntegration = (): boolean => {
  const value = process.env['CI'];
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
};

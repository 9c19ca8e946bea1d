import packageJson from '../package.json' with { type: 'json' };

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: 'parse-error-codes' },
  rules: {},
  configs: {},
};

export default plugin;

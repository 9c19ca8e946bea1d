// Cloud functions that report their own errors to the app.
const OUT_OF_STOCK = 9001;
const ALREADY_RESERVED = 9002;

Parse.Cloud.define('reserveItem', async (request) => {
  const item = await new Parse.Query('Item').get(request.params.itemId, { useMasterKey: true });
  if (item.get('stock') < 1) {
    // The client gets 141, not 9001.
    throw { code: OUT_OF_STOCK, message: 'Out of stock' };
  }
  if (item.get('reservedBy')) {
    throw new Parse.Error('Already reserved', ALREADY_RESERVED);
  }
  try {
    item.set('reservedBy', request.user);
    return await item.save(null, { useMasterKey: true });
  } catch (error) {
    throw new Parse.Error(Parse.Error.SCRIPT_FAILED, error);
  }
});

// Express-style (parse-server 9.1 and later): the response's error loses the code in the same way.
Parse.Cloud.define('releaseItem', async (req, res) => {
  if (!req.user) {
    res.status(401).error({ code: Parse.Error.INVALID_SESSION_TOKEN, error: 'Log in first' });
    return;
  }
  res.success(true);
});

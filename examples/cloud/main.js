// Cloud Code for a small shop. `Parse` is the global that Parse Server gives Cloud Code.
const { sendReceipt } = require('./mail');

const OUT_OF_STOCK = 4001;

Parse.Cloud.define('placeOrder', async (request) => {
  const { productId, quantity } = request.params;
  if (!request.user) {
    throw new Parse.Error(209, 'Log in to place an order.');
  }
  let product;
  try {
    product = await new Parse.Query('Product').get(productId, { useMasterKey: true });
  } catch (error) {
    if (error.code === 101) {
      throw new Parse.Error(101, `No product ${productId}.`);
    }
    throw error;
  }
  if (product.get('stock') < quantity) {
    throw new Parse.Error(OUT_OF_STOCK, 'Not enough stock.');
  }
  const order = new Parse.Object('Order');
  order.set({ product, quantity, user: request.user });
  await order.save(null, { useMasterKey: true });
  return order.id;
});

Parse.Cloud.define('cancelOrder', async (request) => {
  try {
    const order = await new Parse.Query('Order').get(request.params.orderId, {
      sessionToken: request.user.getSessionToken(),
    });
    await order.destroy({ useMasterKey: true });
    // A success result: code 200 is HTTP's OK here, not Parse's "username missing".
    return { code: 200, message: 'Order cancelled.' };
  } catch ({ code, message }) {
    switch (code) {
      case 209:
        throw new Parse.Error(209, 'Your session expired.');
      case 119:
        throw new Parse.Error(119, 'Orders can only be cancelled by their buyer.');
      default:
        throw new Parse.Error(141, message);
    }
  }
});

Parse.Cloud.define('reserve', async (request) => {
  const product = await new Parse.Query('Product').get(request.params.productId, { useMasterKey: true });
  if (product.get('stock') === 0) {
    // A plain Error keeps no code: the client gets 141 and the message.
    const soldOut = new Error('Sold out.');
    soldOut.code = 4002;
    throw soldOut;
  }
  return product.id;
});

Parse.Cloud.beforeSave('Review', (request) => {
  const text = request.object.get('text');
  if (!text || text.length > 2000) {
    throw { code: 142, message: 'A review needs between 1 and 2000 characters.' };
  }
});

Parse.Cloud.afterSave('Order', async (request) => {
  try {
    await sendReceipt(request.object);
  } catch (error) {
    // Retry later when the rate limiter turned us away.
    if (error.code === 155 || error.code === 141) {
      await Parse.Cloud.startJob('resendReceipts', { orderId: request.object.id });
    }
  }
});

Parse.Cloud.job('purgeAttachments', async () => {
  const files = await new Parse.Query('Attachment')
    .lessThan('createdAt', new Date(Date.now() - 864e5))
    .find({ useMasterKey: true });
  for (const file of files) {
    try {
      await file.get('file').destroy({ useMasterKey: true });
    } catch (error) {
      if (error.code !== 131) throw error;
    }
  }
  return files.length;
});

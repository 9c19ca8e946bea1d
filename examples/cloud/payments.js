// Payments. Code 1 answers HTTP 500, which the JS SDK retries: `pay` could charge five times.
async function chargeCard(card) {
  const charge = new Parse.Object('Charge');
  return charge.save({ card }, { useMasterKey: true });
}

function requireUser(request) {
  if (!request.user) {
    throw new Parse.Error(Parse.Error.INTERNAL_SERVER_ERROR, 'Log in to pay.');
  }
}

Parse.Cloud.define('pay', async (request) => {
  await chargeCard(request.params.card);
  requireUser(request);
});

// An Express-style function (parse-server 9.1+): res.error takes one argument.
Parse.Cloud.define('refund', (req, res) => {
  if (!req.user) {
    return res.error(9010, 'Log in to ask for a refund.');
  }
  return res.success('Refund requested.');
});

// The code travels inside the message, for the client to parse.
Parse.Cloud.define('addToCart', async (request) => {
  const cart = await new Parse.Query('Cart').get(request.params.cartId, { useMasterKey: true });
  if (cart.get('items').includes(request.params.id)) {
    throw new Parse.Error(Parse.Error.SCRIPT_FAILED, JSON.stringify({ code: 9011, message: 'Already in your cart.' }));
  }
});

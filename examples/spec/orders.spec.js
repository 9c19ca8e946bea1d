// Jasmine specs for the order functions, as Parse Server's own specs are written.
describe('placeOrder', () => {
  it('rejects anonymous callers', async () => {
    try {
      await Parse.Cloud.run('placeOrder', { productId: 'p1', quantity: 1 });
      fail('should have thrown');
    } catch (e) {
      expect(e.code).toBe(209);
    }
  });

  it('reports unknown products', async () => {
    await expectAsync(Parse.Cloud.run('placeOrder', { productId: 'nope', quantity: 1 })).toBeRejectedWith(
      new Parse.Error(101, 'No product nope.'),
    );
  });

  it('refuses orders of sold-out products', async () => {
    await expectAsync(Parse.Cloud.run('reserve', { productId: 'sold-out' })).toBeRejectedWith(
      jasmine.objectContaining({ code: 141 }),
    );
  });

  it('reports missing functions', async () => {
    const error = await Parse.Cloud.run('noSuchFunction').catch((e) => e);
    expect(error.code).toEqual(141);
  });

  it('asks for a login again when the session expired', async () => {
    const expired = new Error('Invalid session token');
    expired.code = 209;
    spyOn(Parse.Cloud, 'run').and.rejectWith(expired);
    await expectAsync(Parse.Cloud.run('placeOrder', {})).toBeRejectedWith(expired);
  });
});

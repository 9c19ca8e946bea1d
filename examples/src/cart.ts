// Client side of the cart: reads the code that Cloud Code packed into the message.
import Parse from 'parse';

export async function addToCart(cartId: string, id: string): Promise<'added' | 'already-added'> {
  try {
    await Parse.Cloud.run('addToCart', { cartId, id });
    return 'added';
  } catch (error) {
    const { code } = JSON.parse((error as Parse.Error).message) as { code: number };
    if (code === 9011) return 'already-added';
    throw error;
  }
}

// An expired session, judged by the message's text rather than by its code (209).
export async function loadCart(): Promise<Parse.Object | undefined> {
  try {
    return await new Parse.Query('Cart').first();
  } catch (error) {
    if ((error as Parse.Error).message === 'Invalid session token') {
      await Parse.User.logOut();
      return undefined;
    }
    throw error;
  }
}

// Client-side session handling for the shop's web app.
import Parse from 'parse';

export async function logIn(username: string, password: string): Promise<Parse.User | undefined> {
  try {
    return await Parse.User.logIn(username, password);
  } catch (error) {
    const { code } = error as Parse.Error;
    if (code === 101) {
      return undefined;
    }
    if ([200, 201].includes(code)) {
      throw new Error('Enter a username and a password.');
    }
    throw error;
  }
}

export async function loadOrders(): Promise<Parse.Object[]> {
  try {
    return await new Parse.Query('Order').find();
  } catch (error) {
    if ((error as Parse.Error).code === 209) {
      await Parse.User.logOut();
      return [];
    }
    if ((error as Parse.Error).code === -1) {
      throw new Error('Something went wrong.');
    }
    throw error;
  }
}

export function isRetryable(error: { code: number }): boolean {
  return error.code === 100 || error.code === 124 || error.code === 143;
}

// With type information (recommended-type-checked), valid-custom-codes sees through the enum.
export enum ShopErrors {
  OutOfStock = 4001,
}

export function outOfStock(): Parse.Error {
  return new Parse.Error(ShopErrors.OutOfStock, 'Sold out.');
}

// Cloud Code for the shop's reviews. Two of its Parse.Error constants do not exist: both are undefined.
Parse.Cloud.beforeDelete('Review', (request) => {
  if (!request.master) {
    throw new Parse.Error(Parse.Error.OperationForbidden, 'Reviews are deleted by moderators.');
  }
});

Parse.Cloud.define('myReviews', async (request) => {
  try {
    return await new Parse.Query('Review')
      .equalTo('user', request.user)
      .find({ sessionToken: request.user.getSessionToken() });
  } catch (error) {
    if (error.code === Parse.Error.INVALID_SESION_TOKEN) {
      return [];
    }
    throw error;
  }
});

/** Where a signed-in user changes their own password (linked from the user menu). */
export const changePasswordPath = '/account/password';

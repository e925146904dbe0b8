/*
 * Safar's configuration of Camunda's welcome page: it replaces the file of the same path in
 * Camunda's webjar (camunda-webapp-webjar 7.24.0), whose settings are all commented out.
 */
export default {
  app: {
    name: 'Welcome',
    vendor: 'Safar'
  },
  disableWelcomeMessage: true
};

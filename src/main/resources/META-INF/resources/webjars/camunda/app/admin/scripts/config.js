/*
 * Safar's Admin configuration: it replaces the file of the same path in Camunda's webjar
 * (camunda-webapp-webjar 7.24.0), whose settings are all commented out.
 */
export default {
  app: {
    name: 'Admin',
    vendor: 'Safar'
  }
};

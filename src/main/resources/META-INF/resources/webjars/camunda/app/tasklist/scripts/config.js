/*
 * Safar's Tasklist configuration: it replaces the file of the same path in Camunda's webjar
 * (camunda-webapp-webjar 7.24.0, an ES module since 7.20), keeping its keyboard shortcuts.
 */
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Safar'
  },

  // One locale file per language in ../locales; Tasklist starts in the browser's first language when
  // it is one of these, else in English, and safar/tasklist.js lets the user pick another.
  locales: {
    availableLocales: ['en', 'ru', 'uz', 'kk', 'mn'],
    fallbackLocale: 'en'
  },

  // Loaded from app/tasklist/ as ES modules before Tasklist starts.
  customScripts: ['safar/tasklist'],

  // Camunda's first-login hint points to Camunda's welcome page, not to anything of Safar's.
  disableWelcomeMessage: true,

  // The descriptions are English; safar/tasklist.js shows them in the page's language
  // (safar/tasklist-messages.json).
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Claim the selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Go to the first filter'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Go to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: "Go to the first field of the task's form"
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Start a process'
    }
  }
};

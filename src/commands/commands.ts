// The add-in's function file. The ribbon's buttons all open the task pane (ShowTaskpane), so no
// ExecuteFunction command is registered; a command added later registers here with Office.actions.associate.
/// <reference types="office-js" />

Office.onReady(() => {
  // Nothing to register yet.
});

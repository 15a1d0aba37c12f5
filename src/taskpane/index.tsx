// Task pane entry: waits for Office, then renders the pane on the section the ribbon button asked for.
/// <reference types="office-js" />
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { officeExcelPort } from "./office-port";
import { sessionRunStore, workbookKey } from "./run-store";
import { sectionFromSearch } from "./sections";
import { officeSettings } from "./settings-port";

const root = createRoot(document.getElementById("container")!);

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    root.render(<p style={{ fontFamily: "Segoe UI, sans-serif", padding: 12 }}>Buka add-in Renja dari Microsoft Excel (tab Beranda, kelompok Renja).</p>);
    return;
  }
  let storage: Storage | undefined;
  try {
    storage = window.sessionStorage;
  } catch {
    storage = undefined; // storage blocked (some Excel on the web settings): the pane works without it
  }
  const store = sessionRunStore(storage, workbookKey(Office.context.document?.url));
  root.render(<App port={officeExcelPort()} settings={officeSettings()} initialSection={sectionFromSearch(window.location.search)} store={store} />);
});

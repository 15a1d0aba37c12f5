// The pane's last line: the help page and the version that runs (what IT staff ask for when a planner calls).
import * as React from "react";
import { Caption1, Link, tokens } from "@fluentui/react-components";
import { RENJA_VERSION } from "../version";

export function BantuanFooter(): React.JSX.Element {
  return (
    <footer data-testid="bantuan" style={{ padding: "8px 12px", borderTop: `1px solid ${tokens.colorNeutralStroke2}` }}>
      <Caption1>
        <Link href="bantuan.html" target="_blank" rel="noopener noreferrer">
          Bantuan
        </Link>
        {` · Renja versi ${RENJA_VERSION}`}
      </Caption1>
    </footer>
  );
}

import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** An error or notice as plain text (messages come from toUserMessage, already in Bahasa Indonesia). */
export function NoticeBar({ intent, title, text }: { intent: "error" | "warning" | "success" | "info"; title?: string; text: string }): React.JSX.Element {
  return (
    <MessageBar intent={intent} layout="multiline" style={{ marginBottom: 8 }}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}

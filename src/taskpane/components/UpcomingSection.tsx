import * as React from "react";
import { Subtitle2, Text } from "@fluentui/react-components";

export function UpcomingSection({ title, text }: { title: string; text: string }): React.JSX.Element {
  return (
    <section aria-label={title}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <Text as="p" block>
        {text}
      </Text>
    </section>
  );
}

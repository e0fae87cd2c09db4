// The widget's icon: a globe-like circle with a check mark, drawn in the current text colour.
import { forwardRef, type SVGProps } from "react";

export const BuildStatusIcon = forwardRef<SVGSVGElement, SVGProps<SVGSVGElement>>(
  function BuildStatusIcon(props, ref) {
    return (
      <svg
        ref={ref}
        width="16"
        height="16"
        viewBox="0 0 32 32"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        aria-hidden="true"
        {...props}
      >
        <circle cx="16" cy="16" r="13" />
        <path d="m10 16 4 4 8-8" />
      </svg>
    );
  },
);

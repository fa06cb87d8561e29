package dev.limber.tui;

import dev.limber.plan.SegmentKind;
import org.jline.utils.AttributedStyle;

/**
 * The colours of the coach: green for work, yellow for getting ready and switching, blue for rest,
 * magenta while paused, red for the last three seconds. Without colour (--no-color, NO_COLOR) only
 * bold and faint remain, which every terminal shows.
 */
record Look(boolean color) {

    AttributedStyle plain() {
        return AttributedStyle.DEFAULT;
    }

    AttributedStyle bold() {
        return AttributedStyle.BOLD;
    }

    AttributedStyle faint() {
        return AttributedStyle.DEFAULT.faint();
    }

    /** The style of the segment's label, countdown and bar. */
    AttributedStyle of(SegmentKind kind, boolean paused, boolean lastSeconds) {
        AttributedStyle bold = AttributedStyle.BOLD;
        if (!color) {
            return bold;
        }
        if (paused) {
            return bold.foreground(AttributedStyle.MAGENTA);
        }
        if (lastSeconds) {
            return bold.foreground(AttributedStyle.RED);
        }
        return switch (kind) {
            case WORK -> bold.foreground(AttributedStyle.GREEN);
            case PREPARE, SWITCH -> bold.foreground(AttributedStyle.YELLOW);
            case REST -> bold.foreground(AttributedStyle.BLUE);
        };
    }
}

package dev.limber.tui;

import java.util.EnumSet;
import java.util.Set;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jspecify.annotations.Nullable;

/**
 * Puts the terminal into full-screen mode and, whatever happens, back exactly as it was: raw mode
 * off (the saved attributes), cursor shown, main screen back (or, on a terminal without one, such as
 * the Linux console, the screen cleared of what was drawn), window title back. Leaving is
 * idempotent, so every way out may call it.
 */
final class FullScreen {

    /** Terminals known to keep a stack of window titles (xterm's CSI 22/23 t) and to show OSC titles. */
    private static final Set<String> TITLED = Set.of(
            "xterm",
            "screen",
            "tmux",
            "rxvt",
            "alacritty",
            "kitty",
            "foot",
            "wezterm",
            "vte",
            "gnome",
            "konsole",
            "st",
            "iterm");

    private final Terminal terminal;
    private final boolean titles;
    /** Whether the terminal has an alternate screen to draw on, leaving the shell's untouched. */
    private final boolean alternate;

    private @Nullable Attributes saved;
    private boolean active;
    private @Nullable String title;

    FullScreen(Terminal terminal) {
        this.terminal = terminal;
        String type = terminal.getType() == null ? "" : terminal.getType();
        this.titles = TITLED.stream().anyMatch(type::startsWith);
        this.alternate = terminal.getStringCapability(Capability.enter_ca_mode) != null;
    }

    synchronized void enter() {
        if (active) {
            return;
        }
        saved = terminal.getAttributes();
        terminal.setAttributes(raw(saved));
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        if (titles) {
            // Push the current title so that leaving can pop it back.
            terminal.writer().write("\033[22;2t");
        }
        title = null;
        terminal.flush();
        active = true;
    }

    /** Shows {@code text} as the window title, when the terminal has one and it changed. */
    synchronized void title(String text) {
        if (active && titles && !text.equals(title)) {
            terminal.writer().write("\033]2;" + text.replaceAll("\\p{Cntrl}", "") + "\007");
            // Now, not with the next frame: while paused, the next frame may be a key away.
            terminal.flush();
            title = text;
        }
    }

    synchronized void leave() {
        if (!active) {
            return;
        }
        active = false;
        // Each step on its own: a terminal that has gone away must not stop the others.
        attempt(() -> terminal.puts(Capability.cursor_normal));
        attempt(() -> terminal.puts(Capability.keypad_local));
        attempt(() -> terminal.puts(alternate ? Capability.exit_ca_mode : Capability.clear_screen));
        if (titles) {
            attempt(() -> terminal.writer().write("\033[23;2t"));
        }
        attempt(terminal::flush);
        attempt(() -> terminal.setAttributes(saved));
    }

    /**
     * Raw mode as JLine's {@code enterRawMode} makes it (keys as typed, no echo, reads that time out),
     * and Ctrl-\ a key rather than SIGQUIT: the JVM keeps that signal for itself (it would print a
     * thread dump over the screen), so the coach could never answer it; as a key, it stops as Ctrl-C
     * does. Ctrl-C and Ctrl-Z stay signals.
     */
    static Attributes raw(Attributes cooked) {
        Attributes raw = new Attributes(cooked);
        raw.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN), false);
        raw.setInputFlags(EnumSet.of(InputFlag.IXON, InputFlag.ICRNL, InputFlag.INLCR), false);
        raw.setControlChar(ControlChar.VMIN, 0);
        raw.setControlChar(ControlChar.VTIME, 1);
        raw.setControlChar(ControlChar.VQUIT, 0);
        return raw;
    }

    private static void attempt(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | java.io.IOError e) {
            // Nothing more can be done for a terminal that is gone; the next step may still work.
        }
    }
}

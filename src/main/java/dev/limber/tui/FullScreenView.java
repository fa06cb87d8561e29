package dev.limber.tui;

import dev.limber.plan.Plan;
import dev.limber.session.State;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jspecify.annotations.Nullable;

/**
 * The session full screen: {@link Screen}'s lines for each moment, drawn where they changed, and the
 * window title. It refits to the window after a resize, and after {@code fg} draws everything again.
 */
final class FullScreenView implements View {

    private final Terminal terminal;
    private final Screen screen;
    private final FullScreen full;
    private final Display display;

    private volatile boolean resized = true;
    private volatile @Nullable List<AttributedString> drawn;
    private int rows;
    private int columns;
    /** Which page of the keys {@code ?} shows, where the window can't show them all at once. */
    private int keysPage = 1;

    FullScreenView(Terminal terminal, Look look) {
        this.terminal = terminal;
        this.screen = new Screen(look);
        this.full = new FullScreen(terminal);
        this.display = new Display(terminal, true);
    }

    @Override
    public void open() {
        full.enter();
        // The screen was the shell's until now (or, after Ctrl-Z, someone else's): draw all of it.
        resized = true;
    }

    @Override
    public void close() {
        full.leave();
    }

    @Override
    public Runnable handleSignals(Runnable interrupt, Runnable suspend) {
        SignalHandler oldInt = terminal.handle(Signal.INT, s -> interrupt.run());
        SignalHandler oldWinch = terminal.handle(Signal.WINCH, s -> resized = true);
        SignalHandler oldTstp = terminal.handle(Signal.TSTP, s -> suspend.run());
        SignalHandler oldCont = terminal.handle(Signal.CONT, s -> resized = true);
        return () -> {
            terminal.handle(Signal.INT, oldInt);
            terminal.handle(Signal.WINCH, oldWinch);
            terminal.handle(Signal.TSTP, oldTstp);
            terminal.handle(Signal.CONT, oldCont);
        };
    }

    @Override
    public void introduce(Plan plan, boolean waitToStart) {
        // The start screen is drawn while waiting; without a wait the first frame comes at once.
    }

    @Override
    public void waiting(Plan plan) {
        resize();
        draw(screen.start(plan, columns, rows));
        full.title("Limber · " + plan.routine().title());
    }

    @Override
    public void show(State state, Transition change, boolean muted, boolean help) {
        if (state.finished()) {
            // The summary follows on the shell's screen; the last frame stays as it was until then.
            return;
        }
        resize();
        if (!help) {
            keysPage = 1;
        }
        draw(screen.frame(state, columns, rows, muted, help ? keysPage : 0));
        full.title(Screen.title(state));
    }

    @Override
    public void unknownKey(State state) {
        // The key line on screen already says what the keys are.
    }

    @Override
    public void inputEnded(State state) {
        // The screen shows it: the reps count on by themselves.
    }

    @Override
    public boolean keysStayOpen() {
        return true;
    }

    @Override
    public boolean nextKeysPage() {
        if (keysPage < screen.keysPages(columns, rows)) {
            keysPage++;
            return true;
        }
        return false;
    }

    /**
     * Until the screen would next change, exactly, so the countdown turns over on time; but no more
     * than ten frames a second for the rest.
     */
    @Override
    public long untilChange(State state) {
        long other = Math.max(Coach.FRAME, Screen.untilChange(state, columns));
        long countdown = state.paused() || state.segment().counted()
                ? Long.MAX_VALUE
                : Math.max(1_000_000L, (state.remainingNanos() - 1) % 1_000_000_000L + 1);
        return Math.min(countdown, other);
    }

    /** The lines last handed to the display: what the screen shows now. */
    List<AttributedString> drawn() {
        List<AttributedString> lines = drawn;
        return lines == null ? List.of() : lines;
    }

    private void resize() {
        if (!resized) {
            return;
        }
        resized = false;
        Size size = terminal.getSize();
        // One column short of the edge, so the bottom line never makes the screen scroll.
        columns = Math.max(1, (size.getColumns() > 0 ? size.getColumns() : 80) - 1);
        rows = Math.max(1, size.getRows() > 0 ? size.getRows() : 24);
        display.clear();
        display.resize(rows, columns + 1);
        drawn = null;
    }

    private void draw(List<AttributedString> lines) {
        if (lines.equals(drawn)) {
            return;
        }
        display.update(lines, 0);
        drawn = lines;
    }
}

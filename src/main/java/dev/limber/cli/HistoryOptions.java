package dev.limber.cli;

import dev.limber.catalog.SearchPath;
import dev.limber.document.Problem;
import dev.limber.history.HistoryLog;
import dev.limber.progress.Entry;
import dev.limber.settings.PathNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --state-dir DIR}, for the commands that read or write the session history. */
final class HistoryOptions {

    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            // One string: the man page makes a paragraph of each (issue 13: it was four). Worded so
            // that --help's wrapping, which may break after the "~/.", leaves the path whole.
            description = "Keep the history in DIR. Without it, in $LIMBER_STATE_DIR or $XDG_STATE_HOME/limber"
                    + " (the first that is set), else in ~/.local/state/limber.")
    private @Nullable Path stateDir;

    HistoryLog log(Map<String, String> env) {
        return new HistoryLog(folder(env, stateDir));
    }

    /**
     * Where the history lives: {@code --state-dir}, else {@code LIMBER_STATE_DIR} (with {@code ~} for
     * the home folder, as every path Limber reads), else {@code $XDG_STATE_HOME/limber}, else
     * {@code ~/.local/state/limber}.
     */
    static Path folder(Map<String, String> env, @Nullable Path option) {
        if (option != null) {
            return option;
        }
        Path home = SearchPath.home(env);
        String named = env.get("LIMBER_STATE_DIR");
        if (named != null && !named.isBlank()) {
            return PathNames.resolve(named, home, null);
        }
        return SearchPath.xdg(env, "XDG_STATE_HOME", ".local/state").resolve("limber");
    }

    /**
     * Every readable record, for a command that shows the history: what had to be skipped is
     * reported on stderr; a history that can't be read at all stops the command (exit 74).
     */
    List<Entry> read(CommandContext context) {
        HistoryLog log = log(context.env());
        try {
            return read(context, log);
        } catch (IOException e) {
            throw new Failure(Exit.IO, message(log, e));
        }
    }

    /**
     * Every readable record, for a command that only goes by the history (today's length of a
     * growing step): a history that can't be read is said once, and the command goes on without it.
     */
    List<Entry> readIfPossible(CommandContext context) {
        HistoryLog log = log(context.env());
        try {
            return read(context, log);
        } catch (IOException e) {
            context.err().println("limber: " + message(log, e) + "; going on as if there were none");
            context.err().flush();
            return List.of();
        }
    }

    /**
     * Sessions and morning check-ins, for a command that goes by them: a history that can't be read
     * is said once, and the command goes on as if it were empty.
     */
    HistoryLog.Read readAllIfPossible(CommandContext context) {
        HistoryLog log = log(context.env());
        try {
            HistoryLog.Read read = log.read();
            read.warnings().forEach(w -> context.err().println("limber: " + w));
            return read;
        } catch (IOException e) {
            context.err().println("limber: " + message(log, e) + "; going on as if there were none");
            context.err().flush();
            return new HistoryLog.Read(List.of(), List.of(), List.of());
        }
    }

    /** The folder the history is kept in, as this command was told. */
    Path folder(Map<String, String> env) {
        return folder(env, stateDir);
    }

    /** Whether {@code --state-dir} was given. */
    boolean given() {
        return stateDir != null;
    }

    private static List<Entry> read(CommandContext context, HistoryLog log) throws IOException {
        HistoryLog.Read read = log.read();
        read.warnings().forEach(w -> context.err().println("limber: " + w));
        return read.entries();
    }

    private static String message(HistoryLog log, IOException e) {
        return e instanceof HistoryLog.Unusable
                ? Objects.requireNonNull(e.getMessage())
                : "cannot read the history " + log.file() + ": " + Problem.reason(e);
    }
}

package dev.limber.cli;

import dev.limber.document.Problem;
import dev.limber.history.HistoryLog;
import dev.limber.progress.MorningPain;
import dev.limber.progress.Mornings;
import dev.limber.tui.CheckIn;
import dev.limber.tui.Prompter;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The morning check-in: once a day, the first {@code limber today} or {@code limber run} at a
 * terminal asks how the back is this morning, and the answer (or that it was skipped, so it is not
 * asked again today) goes into the history.
 */
final class MorningQuestion {

    private MorningQuestion() {}

    /** Whether it is to be asked now: check-ins on, a person at a terminal, and not asked yet today. */
    static boolean due(CommandContext context, boolean checkIns, List<MorningPain> mornings) {
        return checkIns && context.terminal() && !askedToday(context.clock(), mornings);
    }

    /** Whether this morning's pain was asked already (answered or skipped), by the clock's day. */
    static boolean askedToday(Clock clock, List<MorningPain> mornings) {
        return Mornings.asked(mornings, LocalDate.now(clock), clock.getZone());
    }

    /** Asks, and keeps the answer: a skipped question is kept too, so it is asked once a day. */
    static MorningPain ask(CommandContext context, HistoryLog log, CheckIn checkIn) throws Prompter.Interrupted {
        return ask(context.clock(), context.err(), log, checkIn);
    }

    /** As {@link #ask(CommandContext, HistoryLog, CheckIn)}, a problem keeping the answer said on {@code err}. */
    static MorningPain ask(Clock clock, PrintWriter err, HistoryLog log, CheckIn checkIn) throws Prompter.Interrupted {
        Integer pain = checkIn.morningPain();
        MorningPain morning = new MorningPain(UUID.randomUUID().toString(), OffsetDateTime.now(clock), pain);
        try {
            log.append(morning).forEach(w -> err.println("limber: " + w));
        } catch (HistoryLog.Unusable e) {
            err.println("limber: this morning's answer was not saved: " + e.getMessage());
        } catch (IOException e) {
            err.println("limber: this morning's answer was not saved (" + log.file() + ": " + Problem.reason(e) + ")");
        }
        err.flush();
        return morning;
    }
}

package dev.limber.remind;

import dev.limber.document.Printable;
import dev.limber.program.Period;
import dev.limber.progress.Today;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a reminder says: what is due, such as "Back-friendly walk 1 of 2–3 today", and the command
 * that does it, {@code limber run back-friendly-walk}, then anything else due.
 *
 * @param title   the first thing due, one line
 * @param body    the command to run it, then a line naming what else is due, if anything
 * @param routine the id of the routine the title names
 */
public record Reminder(String title, String body, String routine) {

    /**
     * The variables a timer's Limber is given as the person's Limber had them, so that it reads the
     * same history, config and program: a timer runs with none of the person's environment.
     */
    public static final List<String> CARRIED = List.of(
            "LIMBER_STATE_DIR",
            "XDG_STATE_HOME",
            "LIMBER_CONFIG",
            "XDG_CONFIG_HOME",
            "LIMBER_ROUTINES",
            "LIMBER_PROGRAM");

    /** The reminder for what {@code today} has left to remind of; empty when nothing is. */
    public static Optional<Reminder> of(Today today) {
        List<Today.Status> due = new ArrayList<>(today.toRemind());
        if (due.isEmpty()) {
            return Optional.empty();
        }
        // The next thing to do leads, when it is one of them: a walk still due before a weekly item.
        if (today.next() != null && due.remove(today.next())) {
            due.add(0, today.next());
        }
        Today.Status first = due.get(0);
        String routine = Printable.of(first.routine());
        StringBuilder body = new StringBuilder("limber run ").append(routine);
        if (due.size() > 1) {
            body.append("\nAlso due: ")
                    .append(String.join(
                            ", ",
                            due.subList(1, due.size()).stream()
                                    .map(Reminder::what)
                                    .toList()));
        }
        return Optional.of(new Reminder(what(first), body.toString(), routine));
    }

    /**
     * "Back-friendly walk: 1 of 2–3 done today", "Thoracic mobility today", "Core and glutes: 1 of 2
     * done this week": the count done so far, as {@code limber today} says it.
     */
    static String what(Today.Status status) {
        String title = Printable.of(status.title());
        boolean week = status.item().period() == Period.WEEK;
        if (!week && status.item().times().max() == 1) {
            return title + " today";
        }
        return title + ": " + status.done() + " of " + status.item().times().text() + " done"
                + (week ? " this week" : " today");
    }

    /** The reminder on one line, for the log: its title and lines joined with "; ". */
    public String line() {
        return title + "; " + body.replace("\n", "; ");
    }
}

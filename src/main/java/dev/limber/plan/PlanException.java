package dev.limber.plan;

import dev.limber.document.Problem;
import java.util.List;

/** A routine that is fine on its own but cannot be laid out: a missing include, a cycle, too long. */
public final class PlanException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public PlanException(List<Problem> problems) {
        super(problems.get(0).toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

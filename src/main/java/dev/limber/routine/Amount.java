package dev.limber.routine;

/** How much of an exercise to do: exactly one of a hold time and a rep count. */
public sealed interface Amount {

    /** How long one side of one set takes; for reps an estimate at the given pace. */
    long seconds(int pace);

    /** Held for a time, counted down. */
    record Timed(int seconds) implements Amount {
        @Override
        public long seconds(int pace) {
            return seconds;
        }
    }

    /**
     * Done a number of times, at the step's pace; the time is only an estimate.
     *
     * @param auto the reps end at their pace, with no Enter to say they are done ({@code auto_reps})
     */
    record Reps(int count, boolean auto) implements Amount {

        /** Reps that wait for Enter, as most steps' do. */
        public Reps(int count) {
            this(count, false);
        }

        @Override
        public long seconds(int pace) {
            return (long) count * pace;
        }
    }
}

package dev.limber.routine;

/** How many times a day a routine is meant to be done: {@code per_day: 2-3} is 2 to 3. */
public record DailyGoal(int min, int max) {

    /** "2–3", or "2" when the goal is one number. */
    public String text() {
        return min == max ? String.valueOf(min) : min + "–" + max;
    }

    /** "once a day", "twice a day", "3 times a day", "2–3 times a day". */
    public String inWords() {
        if (min == max && min <= 2) {
            return (min == 1 ? "once" : "twice") + " a day";
        }
        return text() + " times a day";
    }
}

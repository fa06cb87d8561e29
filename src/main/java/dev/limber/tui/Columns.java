package dev.limber.tui;

/**
 * How the columns of a table share a window too narrow for all of them: `list` and the picker fit
 * this way rather than wrap. Columns are taken in order of priority, each as wide as it needs,
 * while they fit; the first one that doesn't is shortened to the room left (if that is at least
 * {@link #SHORTEST} cells, and it may be shortened) and the rest are left out.
 */
public final class Columns {

    /** A column shortened to less than this says too little to be worth its room. */
    public static final int SHORTEST = 8;

    /** Between two columns. */
    public static final int GAP = 2;

    private Columns() {}

    /**
     * The width of each column in {@code window} cells, 0 for one left out.
     *
     * @param natural   what each column needs to be shown whole, in cells
     * @param whole     the columns never shortened (numbers, times): left out when they don't fit
     * @param priority  the columns, the one kept longest first; those not named are left out
     * @param window    the cells there are; 0 or less for no limit
     */
    public static int[] widths(int[] natural, boolean[] whole, int[] priority, int window) {
        int[] widths = new int[natural.length];
        if (window <= 0) {
            for (int column : priority) {
                widths[column] = natural[column];
            }
            return widths;
        }
        int left = window;
        boolean first = true;
        for (int column : priority) {
            int room = left - (first ? 0 : GAP);
            if (room >= natural[column]) {
                widths[column] = natural[column];
                left = room - natural[column];
                first = false;
                continue;
            }
            // The column kept longest is shown however narrow the window; the others only when they say something.
            if (first) {
                widths[column] = Math.max(1, room);
            } else if (!whole[column] && room >= SHORTEST) {
                widths[column] = room;
            }
            break;
        }
        return widths;
    }
}

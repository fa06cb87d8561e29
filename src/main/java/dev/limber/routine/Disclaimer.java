package dev.limber.routine;

/**
 * What Limber says about itself wherever a routine is shown or run: it coaches, it never diagnoses.
 * The signs named last are the emergency ones public health services list for low back pain.
 */
public final class Disclaimer {

    private Disclaimer() {}

    /** What Limber is not. */
    public static final String NOT_ADVICE = "Limber is not medical advice.";
    /** When to stop and see someone. */
    public static final String SPECIALIST =
            "Stop if pain gets worse; sharp, shooting pain down a leg, numbness or" + " tingling: see a specialist.";
    /**
     * The signs that can't wait: where room is short, kept before {@link #SPECIALIST}, and what to do
     * first, so that a line cut on a small window still says it.
     */
    public static final String EMERGENCY = "Get emergency care now for loss of bladder or bowel control, numbness"
            + " around the genitals or buttocks, or weakness in both legs.";

    public static final String TEXT = NOT_ADVICE + " " + SPECIALIST + " " + EMERGENCY;
}

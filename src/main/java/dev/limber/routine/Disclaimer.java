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
    /** The signs that can't wait: where room is short, kept before {@link #SPECIALIST}. */
    public static final String EMERGENCY = "Loss of bladder or bowel control, numbness around the genitals or"
            + " buttocks, or weakness in both legs: get emergency care now.";

    public static final String TEXT = NOT_ADVICE + " " + SPECIALIST + " " + EMERGENCY;
}

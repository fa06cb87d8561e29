package dev.limber.routine;

/**
 * What Limber says about itself wherever a routine is shown or run: it coaches, it never diagnoses.
 * The signs named last are the emergency ones public health services list for low back pain.
 */
public final class Disclaimer {

    private Disclaimer() {
    }

    public static final String TEXT = "Limber is not medical advice. Stop if pain gets worse; sharp, shooting pain"
            + " down a leg, numbness or tingling: see a specialist. Loss of bladder or bowel control, numbness"
            + " around the genitals or buttocks, or weakness in both legs: get emergency care now.";
}

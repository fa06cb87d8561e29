package dev.limber.settings;

/**
 * Why a value written for a setting can't be used, worded to follow the setting's name or flag:
 * "must be bell or none; found 'loud'".
 */
public final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    BadValue(String reason) {
        super(reason, null, false, false);
    }
}

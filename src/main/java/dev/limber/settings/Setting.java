package dev.limber.settings;

/**
 * What a person can set once instead of typing it every time: in the config file under its key,
 * in the environment, or as a flag for one run. Stronger sources win: flag, environment, file,
 * then Limber's own default.
 */
public enum Setting {
    SOUND("sound", "--sound", "LIMBER_SOUND", "bell or none"),
    VOICE("voice", "--voice", "LIMBER_VOICE", "true or false"),
    VOICE_CMD("voice_cmd", "--voice-cmd", "LIMBER_VOICE_CMD", "a command, such as 'espeak-ng -s 140'"),
    COLOR("color", "--no-color", "NO_COLOR", "true or false"),
    CHECKIN("checkin", "--no-checkin", "LIMBER_NO_CHECKIN", "true or false"),
    PREPARE("prepare", "--prepare", "LIMBER_PREPARE", "a length like 10s, or 0s for none"),
    REST("rest", "--rest", "LIMBER_REST", "a length like 20s, or 0s for none"),
    AUTO_REPS("auto_reps", "--auto-reps", "LIMBER_AUTO_REPS", "true or false"),
    PROGRAM("program", "--program", "LIMBER_PROGRAM", "a program id, such as back-care, or none"),
    ROUTINES("routines", "--routines", "LIMBER_ROUTINES", "a list of folders");

    private final String key;
    private final String flag;
    private final String variable;
    private final String expected;

    Setting(String key, String flag, String variable, String expected) {
        this.key = key;
        this.flag = flag;
        this.variable = variable;
        this.expected = expected;
    }

    /** Its key in the config file. */
    public String key() {
        return key;
    }

    /** The flag that sets it for one command. */
    public String flag() {
        return flag;
    }

    /** The environment variable that sets it. */
    public String variable() {
        return variable;
    }

    /** What a value looks like, for error messages. */
    public String expected() {
        return expected;
    }
}

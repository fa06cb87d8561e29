package dev.limber.tui;

import dev.limber.plan.Segment;
import dev.limber.session.State;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bell and the voice, and the mute key over both. The bell goes at the end of each work
 * segment and on each of the last three seconds of a countdown; the voice names each segment.
 */
final class Audio {

    private final @Nullable Runnable bell;
    private final Optional<Voice> voice;
    private boolean muted;

    /**
     * @param bell  rings the bell, or null when the bell is off ({@code --sound none})
     * @param voice speaks, when {@code --voice} found a command
     */
    Audio(@Nullable Runnable bell, Optional<Voice> voice) {
        this.bell = bell;
        this.voice = voice;
    }

    boolean muted() {
        return muted;
    }

    void toggleMute() {
        muted = !muted;
    }

    void bell() {
        if (!muted && bell != null) {
            bell.run();
        }
    }

    void say(String phrase) {
        if (!muted) {
            voice.ifPresent(v -> v.say(phrase));
        }
    }

    /** The bell at the end of work and on the last three seconds; the voice names each new segment. */
    void react(Transition change, State state) {
        if (change.workDone() || change.lastSecond()) {
            bell();
        }
        if (change.finished() && !state.quit()) {
            say("Done");
        } else if (change.newSegment()) {
            say(announcement(state.segment()));
        }
    }

    /** What the voice says when a segment starts: short, as a coach would say it. */
    static String announcement(Segment segment) {
        return switch (segment.kind()) {
            case PREPARE -> "Get ready. " + segment.name();
            case WORK ->
                segment.name() + sideWords(segment) + (segment.counted() ? ". " + segment.reps() + " reps" : "");
            case SWITCH -> "Switch sides";
            case REST -> "Rest";
        };
    }

    private static String sideWords(Segment segment) {
        return segment.side().word() == null ? "" : ", " + segment.side().word() + " side";
    }
}

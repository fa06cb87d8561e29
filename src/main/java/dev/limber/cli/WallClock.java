package dev.limber.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The system's clock in the system's time zone, looked up the first time a command asks for it:
 * reading the time-zone database is some 20 ms of a start, and `list`, `show`, `validate` and
 * `--help` never need it (docs/benchmarks.md).
 */
final class WallClock extends Clock {

    private volatile @Nullable ZoneId zone;

    @Override
    public ZoneId getZone() {
        ZoneId known = zone;
        if (known == null) {
            known = ZoneId.systemDefault();
            zone = known;
        }
        return known;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}

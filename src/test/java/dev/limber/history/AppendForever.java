package dev.limber.history;

import dev.limber.progress.Entry;
import dev.limber.session.Ending;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/** A process that appends records to a history until it is killed: the writer that FaultsIT kills -9. */
public final class AppendForever {

    private AppendForever() {}

    public static void main(String[] args) throws Exception {
        HistoryLog log = new HistoryLog(Path.of(args[0]));
        OffsetDateTime start = OffsetDateTime.parse("2026-11-27T07:00:00+01:00");
        for (int i = 0; ; i++) {
            log.append(new Entry(
                    args[1] + "-" + i,
                    "post-run-stretches",
                    "Post-run stretches " + "·".repeat(i % 300),
                    start.plusMinutes(i),
                    start.plusMinutes(i).plusSeconds(320),
                    320,
                    300,
                    20,
                    9,
                    1,
                    true,
                    Ending.FINISHED,
                    2,
                    1,
                    false,
                    null));
        }
    }
}

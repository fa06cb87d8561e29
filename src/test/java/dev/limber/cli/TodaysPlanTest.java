package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.SearchPath;
import dev.limber.plan.Preferences;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodaysPlanTest {

    @TempDir
    Path home;

    private TodaysPlan withTime(int seconds) {
        Catalog catalog = Catalog.load(SearchPath.sources(Map.of("HOME", home.toString()), List.of()));
        CatalogOptions.Found walk = new CatalogOptions.Found(
                catalog, catalog.entry("back-friendly-walk").orElseThrow());
        return TodaysPlan.of(
                walk,
                () -> {
                    throw new AssertionError("--time needs no history");
                },
                seconds,
                Preferences.AS_WRITTEN,
                ZoneOffset.UTC);
    }

    @Test
    void a_time_given_is_said_in_minutes_as_the_growing_walk_says_its_own() {
        assertThat(withTime(20 * 60).note()).isEqualTo("today: 20 min, as --time says");
        assertThat(withTime(20 * 60).lengthSeconds()).isEqualTo(1200);
        assertThat(withTime(90).note()).isEqualTo("today: 1m30s, as --time says");
    }
}

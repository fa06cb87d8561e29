package dev.limber.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --format}, the one option of every command that prints for scripts as well as for people.
 * Each command names the formats it takes, text (for people, the default) first:
 * {@code @Mixin private final FormatOption format = new FormatOption(Format.text, Format.json);}.
 * Its help, its completion and its usage error ("--format 'xml': choose text or json") name just
 * those, and {@code table} is taken for {@code text}, as {@code list} and {@code history} once
 * called it.
 */
// @Command with nothing in it: picocli takes a class as a mixin only when it has one of its annotations.
@Command
final class FormatOption {

    private final List<Format> takes;
    private @Nullable OptionSpec option;

    FormatOption(Format... takes) {
        if (takes.length < 2 || takes[0] != Format.text) {
            throw new IllegalArgumentException("text first, and at least one format for scripts");
        }
        this.takes = List.of(takes);
    }

    /** The format asked for; text when none was. */
    Format get() {
        Format format = Objects.requireNonNull(option, "picocli adds the option before parsing")
                .getValue();
        return format == null ? Format.text : format;
    }

    /**
     * For a switch over {@link #get}: a format this command does not take never gets past {@link #read},
     * so reaching it is a bug in Limber.
     */
    IllegalStateException notTaken() {
        return new IllegalStateException("--format " + get() + " reached a command that takes only " + takes);
    }

    /**
     * Puts {@code --format} on the command this is mixed into, made here rather than by an annotation
     * because its help, completion candidates and check depend on the formats that command takes.
     */
    @Spec(Spec.Target.MIXEE)
    void addTo(CommandSpec command) {
        option = OptionSpec.builder("--format")
                .paramLabel("FORMAT")
                .type(Format.class)
                .converters(this::read)
                .completionCandidates(takes.stream().map(Format::name).toList())
                .description(description())
                .build();
        command.addOption(option);
    }

    private Format read(String word) {
        Format format = Format.named(word);
        if (format == null || !takes.contains(format)) {
            // Worded by LimberCommand.usageProblem from the completion candidates, as for every choice.
            throw new TypeConversionException("not one of " + takes);
        }
        return format;
    }

    /** "text (default), json, yaml or ids (one id a line)." */
    private String description() {
        List<String> words = new ArrayList<>(
                takes.stream().map(format -> format + format.note()).toList());
        words.set(0, Format.text + " (default)");
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1) + ".";
    }
}

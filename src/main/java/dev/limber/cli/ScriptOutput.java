package dev.limber.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import dev.limber.document.Printable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Output for scripts, as JSON or YAML, through Jackson's streaming generators: one piece of code writes
 * both formats, escapes what a terminal must not see, and loads no data binding to print a list.
 */
final class ScriptOutput {

    private ScriptOutput() {}

    /** Something that writes itself to a generator. */
    interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    static void json(Writer writer, Body body) {
        // Two-space indents and "key": value, as jq and most JSON tools print it.
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        write(
                writer,
                body,
                new JsonFactoryBuilder()
                        .characterEscapes(UNSAFE)
                        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                        .build(),
                pretty);
    }

    /** Writes one item. */
    interface Item<T> {
        void write(JsonGenerator out, T item) throws IOException;
    }

    /** Items as compact JSON, one a line with a comma after each but the last. */
    static <T> String recordLines(List<T> items, Item<T> item) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = COMPACT.createGenerator(text)) {
            out.setPrettyPrinter(new MinimalPrettyPrinter(",\n"));
            for (T each : items) {
                item.write(out, each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * JSON goes to terminals too: Jackson escapes the C0 controls in strings, and this the rest of
     * what {@link Printable} calls unsafe (DEL, C1, line separators, bidirectional controls), as
     * {@code \}{@code uXXXX}, which reads back as the same text. Surrogates are left alone: Jackson
     * offers them one half at a time, and escaping every emoji would help no one; half a pair on its
     * own reaches the terminal as '?', since no encoder can write it.
     */
    private static final CharacterEscapes UNSAFE = new CharacterEscapes() {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int c) {
            return Printable.unsafe(c) && !Character.isSurrogate((char) c)
                    ? new SerializedString(String.format("\\u%04x", c))
                    : null;
        }
    };

    private static final JsonFactory COMPACT =
            new JsonFactoryBuilder().characterEscapes(UNSAFE).build();

    static void yaml(Writer writer, Body body) {
        YAMLFactory yaml = YAMLFactory.builder()
                .stringQuotingChecker(new Quoting())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        write(new BidirectionalEscapes(writer), body, yaml, null);
    }

    /**
     * Which strings YAML output puts in double quotes, so that every YAML reader reads them back as
     * the same text: those Jackson would; those a YAML 1.1 reader would take for something else
     * (SnakeYAML's resolver says which: {@code 12:30} is a number there, {@code 2026-11-30} a date,
     * {@code <<} a merge key; PyYAML also takes {@code =} for one of its own), and an octal number as
     * YAML 1.2 writes it ({@code 0o17}); and any with
     * a character {@link Printable} calls unsafe, which SnakeYAML then writes as an escape (all but
     * the bidirectional controls, which YAML counts as printable: see {@link BidirectionalEscapes}).
     */
    private static final class Quoting extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final Resolver YAML_1_1 = new Resolver();
        private static final Pattern OTHERWISE = Pattern.compile("[-+]?0o[0-7]+|=");

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value)
                    || !Tag.STR.equals(YAML_1_1.resolve(NodeId.scalar, value, true))
                    || OTHERWISE.matcher(value).matches()
                    || Printable.anyUnsafe(value);
        }
    }

    /**
     * Writes the bidirectional controls that SnakeYAML leaves in double-quoted strings as YAML's
     * {@code \}{@code uXXXX} escapes, so they reorder nothing on a terminal and read back the same.
     * (In a multi-line string, which YAML writes as a block without escapes, the escape stays text:
     * only a file name can be both, and only a hostile one.)
     */
    private static final class BidirectionalEscapes extends FilterWriter {
        BidirectionalEscapes(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (Printable.bidirectional(c)) {
                out.write(String.format("\\u%04x", c));
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }
    }

    private static void write(Writer writer, Body body, JsonFactory factory, @Nullable DefaultPrettyPrinter pretty) {
        try (JsonGenerator out = factory.createGenerator(writer)) {
            if (pretty != null) {
                out.setPrettyPrinter(pretty);
            }
            body.write(out);
            out.flush();
            writer.write("\n");
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

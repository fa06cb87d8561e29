package dev.limber.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;

/**
 * JSON and YAML output through Jackson's streaming generators: one piece of code writes both
 * formats, and no data binding is loaded to print a list.
 */
final class Documents {

    private Documents() {
    }

    /** Something that writes itself to a generator. */
    interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    static void json(Writer writer, Body body) {
        // Two-space indents and "key": value, as jq and most JSON tools print it.
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        write(writer, body, JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build(), pretty);
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

    private static final JsonFactory COMPACT = new JsonFactory();

    static void yaml(Writer writer, Body body) {
        YAMLFactory yaml = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        write(writer, body, yaml, null);
    }

    private static void write(Writer writer, Body body, JsonFactory factory, DefaultPrettyPrinter pretty) {
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

package dev.limber.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads the bytes of a document file (a routine, the config file) into the located tree, with
 * Jackson's YAML parser configured to be strict: Jackson reads an alias {@code *a} as the text "a",
 * ignores anchors and builds whatever a type tag names, so those are refused here before any value
 * is used. Its problems name the kind of document it was told it reads.
 */
public final class YamlReader {

    /**
     * The tree and what is wrong with the file as YAML.
     *
     * @param root     the only document, or null when there is none or it could not be read
     * @param readable false when the YAML could not be read through, so the document's rules have nothing to check
     */
    public record Parsed(@Nullable Node root, List<Problem> problems, boolean readable) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    /** One parser factory for each kind of document, made on first use: its limits are in its options. */
    private static final Map<DocumentKind, YAMLFactory> FACTORIES = new ConcurrentHashMap<>();

    private final String file;
    private final DocumentKind kind;
    private final DocumentKind.Size size;
    private final List<Problem> problems = new ArrayList<>();
    private String text = "";
    private @Nullable WatchfulParser parser;
    private int values;

    private YamlReader(String file, DocumentKind kind) {
        this.file = file;
        this.kind = kind;
        this.size = kind.size();
    }

    /**
     * Reads {@code bytes} as a document of {@code kind}, naming {@code file} in every problem. Never
     * throws for bad input.
     */
    public static Parsed read(byte[] bytes, String file, DocumentKind kind) {
        return new YamlReader(file, kind).parse(bytes);
    }

    private static YAMLFactory factory(DocumentKind kind) {
        return FACTORIES.computeIfAbsent(kind, k -> {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(k.size().fileBytes() + 1);
            options.setNestingDepthLimit(k.size().depth() + 2);
            return new StrictFactory(YAMLFactory.builder().loaderOptions(options), k);
        });
    }

    private Parsed parse(byte[] bytes) {
        if (bytes.length > size.fileBytes()) {
            String most = inWords(size.fileBytes());
            return fatal(
                    Position.START,
                    "the file is larger than " + most + "; a " + kind.fileName() + " is at most " + most);
        }
        String decoded = decode(bytes);
        if (decoded == null) {
            return new Parsed(null, problems, false);
        }
        text = decoded;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Position longLine = firstLongLine(text);
        if (longLine != null) {
            return fatal(
                    longLine,
                    "line " + longLine.line() + " is longer than " + size.lineLength()
                            + " characters; break long text over several lines (with > or |)");
        }
        try (WatchfulParser p = (WatchfulParser) factory(kind).createParser(new StringReader(text))) {
            parser = p;
            JsonToken first = p.nextToken();
            Node root = first == null ? null : value(first, 1);
            if (p.nextToken() != null) {
                problem(position(p.currentTokenLocation()), "a second YAML document starts here; " + kind.onePerFile());
            }
            if (!p.folded().isEmpty()) {
                List<String> lines = lines(text);
                p.folded().forEach(item -> misindented(item, lines));
            }
            return new Parsed(root, withNotes(), true);
        } catch (TooBig big) {
            return fatal(big.at, Objects.requireNonNull(big.getMessage()));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some malformed input as unchecked exceptions; every one is a syntax problem here.
            return syntax(e);
        }
    }

    private Parsed fatal(Position at, String message) {
        problem(at, message);
        return new Parsed(null, withNotes(), false);
    }

    /** What the parser noticed on its way, then the problems found here, in file order. */
    private List<Problem> withNotes() {
        List<Problem> all = new ArrayList<>();
        if (parser != null) {
            parser.seen().forEach(note -> all.add(new Problem(file, note.at(), note.message())));
        }
        all.addAll(problems);
        all.sort(null);
        return all;
    }

    private record Note(Position at, String message) {}

    /** A plain scalar that is a block list's item and spans lines, 0-based as SnakeYAML's marks count. */
    private record Folded(int startLine, int startColumn, int endLine) {}

    /** A size as people read it: "1 MiB", "64 KiB". */
    private static String inWords(int bytes) {
        int kib = 1024;
        int mib = kib * kib;
        return bytes % mib == 0 ? bytes / mib + " MiB" : bytes % kib == 0 ? bytes / kib + " KiB" : bytes + " bytes";
    }

    /** Decodes strict UTF-8, reporting the first bad byte where an editor would show it. */
    private @Nullable String decode(byte[] bytes) {
        String other = otherEncoding(bytes);
        if (other != null) {
            problem(Position.START, "the file is " + other + "; save it as UTF-8");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            int bad = bytes[in.position()] & 0xff;
            problem(positionAfter(out), String.format("not valid UTF-8 (byte 0x%02X); save the file as UTF-8", bad));
            return null;
        }
        try {
            CoderResult flushed = decoder.flush(out);
            if (flushed.isError()) {
                flushed.throwException();
            }
        } catch (CharacterCodingException e) {
            problem(Position.START, "not valid UTF-8; save the file as UTF-8");
            return null;
        }
        out.flip();
        return out.toString();
    }

    /**
     * UTF-16 or UTF-32, by the byte-order mark or, without one, by where the NUL bytes are in the
     * first four bytes, as YAML itself tells encodings apart (YAML 1.2, section 5.2): a YAML file
     * starts with an ASCII character. Null for anything else, which is read as UTF-8.
     */
    static @Nullable String otherEncoding(byte[] bytes) {
        int[] b = new int[4];
        for (int i = 0; i < 4; i++) {
            b[i] = i < bytes.length ? bytes[i] & 0xff : -1;
        }
        if (b[0] == 0 && b[1] == 0 && ((b[2] == 0xfe && b[3] == 0xff) || (b[2] == 0 && b[3] > 0))) {
            return "UTF-32BE";
        }
        if ((b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0)
                || (b[0] > 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)) {
            return "UTF-32LE";
        }
        if ((b[0] == 0xfe && b[1] == 0xff) || (b[0] == 0 && b[1] > 0)) {
            return "UTF-16BE";
        }
        if ((b[0] == 0xff && b[1] == 0xfe) || (b[0] > 0 && b[1] == 0)) {
            return "UTF-16LE";
        }
        return null;
    }

    /**
     * Whether a line ends at {@code text[i]}, as YAML 1.1 and SnakeYAML count lines: LF, CR (or CRLF,
     * counted at its LF), NEL, and the line and paragraph separators. A file with classic Mac line
     * ends is many lines, not one long one.
     */
    private static boolean endsLine(CharSequence text, int i) {
        char c = text.charAt(i);
        return c == '\n'
                || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))
                || c == '\u0085'
                || c == '\u2028'
                || c == '\u2029';
    }

    /** Where the first line longer than the kind's limit goes over it, or null. */
    private @Nullable Position firstLongLine(String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || endsLine(text, i);
            // A CRLF's CR belongs to the line end, not the line.
            int length = i - start - (end && i > start && text.charAt(i - 1) == '\r' ? 1 : 0);
            if (end) {
                if (length > size.lineLength()) {
                    return new Position(line, size.lineLength() + 1);
                }
                line++;
                start = i + 1;
            }
        }
        return null;
    }

    /**
     * A list item of plain text that YAML continued onto the lines after it: a line there that
     * starts with "- " was meant as an item of its own, indented one step too far, and YAML quietly
     * joined it to the text above ("Keep the knee soft. - Keep the heel down"). Each such line is a
     * problem, located at its '-'.
     */
    private void misindented(Folded item, List<String> lines) {
        if (item.endLine() >= lines.size()) {
            return;
        }
        String first = lines.get(item.startLine());
        int dash = Math.min(item.startColumn(), first.length()) - 1;
        while (dash >= 0 && first.charAt(dash) == ' ') {
            dash--;
        }
        String where = dash >= 0 && first.charAt(dash) == '-'
                ? "put its '-' in column " + (dash + 1) + ", under the one above,"
                : "line its '-' up with the one above";
        for (int l = item.startLine() + 1; l <= item.endLine(); l++) {
            String line = lines.get(l);
            String stripped = line.stripLeading();
            if (stripped.startsWith("- ") || stripped.equals("-")) {
                problem(
                        new Position(l + 1, line.length() - stripped.length() + 1),
                        "'" + Printable.value(stripped)
                                + "' is indented more than the list item above, so YAML joins it to that item's text; "
                                + where + " to make it an item of its own");
            }
        }
    }

    /** The lines of {@code text}, split where YAML ends a line, without their line ends. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (endsLine(text, i)) {
                int end = i > start && text.charAt(i) == '\n' && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(text.substring(start, end));
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** The position just after {@code before}, counting lines the way YAML does. */
    private static Position positionAfter(CharSequence before) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            if (endsLine(before, i)) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(before.charAt(i)) && before.charAt(i) != '\r') {
                column++;
            }
        }
        return new Position(line, column);
    }

    private Node value(JsonToken token, int depth) throws IOException {
        Position at = position(Objects.requireNonNull(parser).currentTokenLocation());
        if (++values > size.values()) {
            throw new TooBig(at, "more than " + size.values() + " values; this is far bigger than any " + kind.name());
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > size.depth()) {
            throw new TooBig(at, "nested more than " + size.depth() + " levels deep; " + size.depthNeeded());
        }
        switch (token) {
            case START_OBJECT -> {
                List<Node.KeyValue> entries = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String key = parser.currentName();
                    Position keyAt = position(parser.currentTokenLocation());
                    if (entries.size() == size.keys()) {
                        throw new TooBig(
                                keyAt, "more than " + size.keys() + " keys in one mapping; " + size.keysNeeded());
                    }
                    entries.add(new Node.KeyValue(key, keyAt, value(parser.nextToken(), depth + 1)));
                }
                return new Node.Mapping(at, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    if (items.size() == size.items()) {
                        throw new TooBig(
                                position(parser.currentTokenLocation()),
                                "a list of more than " + size.items() + " items; " + size.itemsNeeded());
                    }
                    items.add(value(t, depth + 1));
                }
                return new Node.Sequence(at, items);
            }
            case VALUE_NUMBER_INT -> {
                return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.DECIMAL);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.Scalar(at, parser.getText(), Node.Scalar.Type.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new Node.Scalar(at, "", Node.Scalar.Type.NULL);
            }
            default -> {
                return new Node.Scalar(at, String.valueOf(parser.getText()), Node.Scalar.Type.STRING);
            }
        }
    }

    private Parsed syntax(Exception e) {
        if (e instanceof StreamConstraintsException) {
            return fatal(Position.START, "the file is too large or too deeply nested to be a " + kind.name());
        }
        Throwable cause = e.getCause();
        if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            Position at = mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
            return fatal(at, syntaxMessage(marked.getProblem(), marked.getContext(), marked.getContextMark()));
        }
        if (cause instanceof ReaderException reader) {
            Position at = positionAfter(text.substring(0, Math.min(reader.getPosition(), text.length())));
            return fatal(
                    at, String.format("the character U+%04X is not allowed in YAML; remove it", reader.getCodePoint()));
        }
        Position at = e instanceof JsonProcessingException j && j.getLocation() != null
                ? position(j.getLocation())
                : Position.START;
        // Jackson's and SnakeYAML's messages are about the YAML; any other exception's is about Java.
        String message = e instanceof JsonProcessingException j
                ? j.getOriginalMessage()
                : e instanceof org.yaml.snakeyaml.error.YAMLException ? e.getMessage() : null;
        if (message != null && message.startsWith("Expected a field name")) {
            return fatal(at, "a key here is a list or a mapping; keys must be plain words like 'name'");
        }
        return fatal(at, "this is not valid YAML (" + firstLine(message) + "); check the indentation and quotes");
    }

    /** Rewords SnakeYAML's syntax errors into one line with a hint. */
    private static String syntaxMessage(String problem, @Nullable String context, @Nullable Mark contextMark) {
        String what = firstLine(problem);
        if (what.contains("\\t") || what.contains("TAB")) {
            return "a tab is used for indentation; YAML indents with spaces only";
        }
        String where = context != null && contextMark != null
                ? " (" + firstLine(context) + " on line " + (contextMark.getLine() + 1) + ")"
                : "";
        String hint = what.contains("mapping values are not allowed")
                ? "; a value containing ': ' needs quotes, or the indentation is off"
                : "; check the indentation and quotes";
        return "YAML syntax: " + what + where + hint;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        // SnakeYAML quotes the character it stopped at, a NUL at the end of the file among them.
        return Printable.of(message.strip().lines().findFirst().orElse("").strip(), 160);
    }

    private void problem(Position at, String message) {
        problems.add(new Problem(file, at, message));
    }

    private static Position position(JsonLocation location) {
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** Stops reading as soon as the document is bigger than any document of its kind could be. */
    private static final class TooBig extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Position at;

        TooBig(Position at, String message) {
            super(message, null);
            this.at = at;
        }
    }

    /** Creates {@link WatchfulParser}s; everything else is Jackson's YAML factory as configured. */
    private static final class StrictFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;
        private final transient DocumentKind kind;

        StrictFactory(YAMLFactoryBuilder builder, DocumentKind kind) {
            super(builder);
            this.kind = kind;
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext ctxt) {
            return new WatchfulParser(
                    ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader, kind);
        }
    }

    /**
     * Sees each YAML event before Jackson turns it into a token, to note what Jackson would quietly
     * drop or misread: anchors, aliases and type tags.
     */
    private static final class WatchfulParser extends YAMLParser {
        private final List<Note> seen = new ArrayList<>();
        private final List<Folded> folded = new ArrayList<>();
        /** For each collection the parser is in, innermost last: whether it is a block sequence. */
        private final ArrayDeque<Boolean> inBlockList = new ArrayDeque<>();

        private final DocumentKind kind;

        WatchfulParser(
                IOContext ctxt,
                int parserFeatures,
                int formatFeatures,
                LoaderOptions options,
                ObjectCodec codec,
                Reader reader,
                DocumentKind kind) {
            super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
            this.kind = kind;
        }

        List<Note> seen() {
            return seen;
        }

        /** The list items of plain text that went on over more than one line. */
        List<Folded> folded() {
            return folded;
        }

        @Override
        protected Event getEvent() throws IOException {
            Event event = super.getEvent();
            if (event instanceof AliasEvent alias) {
                note(event, "aliases ('*" + alias.getAnchor() + "') are not supported; write the value out in full");
            } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
                note(event, "anchors ('&" + node.getAnchor() + "') are not supported; write each value out in full");
            }
            if (event instanceof SequenceStartEvent list) {
                inBlockList.addLast(!list.isFlow());
            } else if (event instanceof MappingStartEvent) {
                inBlockList.addLast(false);
            } else if (event instanceof CollectionEndEvent) {
                inBlockList.pollLast();
            } else if (event instanceof ScalarEvent scalar
                    && scalar.isPlain()
                    && Boolean.TRUE.equals(inBlockList.peekLast())
                    && scalar.getEndMark().getLine() > scalar.getStartMark().getLine()) {
                folded.add(new Folded(
                        scalar.getStartMark().getLine(),
                        scalar.getStartMark().getColumn(),
                        scalar.getEndMark().getLine()));
            }
            String tag = event instanceof ScalarEvent scalar
                    ? scalar.getTag()
                    : event instanceof CollectionStartEvent start ? start.getTag() : null;
            if (tag != null) {
                note(
                        event,
                        "type tags ('" + shortTag(tag) + "') are not allowed in " + kind.plural() + "; remove the tag");
            }
            return event;
        }

        private void note(Event event, String message) {
            Mark mark = event.getStartMark();
            seen.add(new Note(new Position(mark.getLine() + 1, mark.getColumn() + 1), message));
        }

        private static String shortTag(String tag) {
            // A verbatim tag may spell any character in %-escapes: !<%1B[31m> is an escape sequence.
            return Printable.value(tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag);
        }
    }
}

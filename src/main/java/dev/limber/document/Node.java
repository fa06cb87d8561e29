package dev.limber.document;

import java.util.List;

/**
 * A YAML document as a tree that remembers where each part stood, so every rule can point
 * at the exact line and column it objects to. The YAML reader builds it; the rules of each kind
 * of document (a routine's, the config file's) read it.
 */
public sealed interface Node {

    Position at();

    /** What a person would call this kind of value, for messages such as "expected a list, found a number". */
    String describe();

    record Mapping(Position at, List<KeyValue> entries) implements Node {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping, where the key was written, and its value. */
    record KeyValue(String key, Position keyAt, Node value) {}

    record Sequence(Position at, List<Node> items) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar with the type YAML gave it: {@code 30} is an integer, {@code "30"} and {@code 30s} are strings. */
    record Scalar(Position at, String text, Type type) implements Node {

        public enum Type {
            STRING,
            INTEGER,
            DECIMAL,
            BOOLEAN,
            NULL
        }

        /** Empty values ({@code key:}) and {@code ~}/{@code null} both mean "nothing written here". */
        public boolean isEmpty() {
            return type == Type.NULL || (type == Type.STRING && text.isEmpty());
        }

        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "text";
                case INTEGER -> "a whole number";
                case DECIMAL -> "a decimal number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing";
            };
        }
    }
}

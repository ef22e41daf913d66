package org.framelens.ingest;

/**
 * A JSON value in a record that is not a string: {@code null}, a number or a boolean. A JSON
 * record's fields ({@link JsonlReader}, {@link JsonlFastRecord}) hold either a {@code String}
 * (a string, or a container read as text) or one of these (or an object with no name in it,
 * unknown as metadata and no text), so that a text field that is not text
 * can be named as such and a {@code null} metadata field read as unknown, rather than as the
 * words "null", "42" or "true".
 *
 * @param kind what the value is
 * @param text the value as written in JSON ({@code null}, {@code 42}, {@code true}); numbers with
 *             a fraction in plain notation ({@link JsonlReader#numberText})
 */
record JsonScalar(Kind kind, String text) {

  enum Kind {
    NULL, NUMBER, BOOLEAN, OBJECT
  }

  static final JsonScalar NULL = new JsonScalar(Kind.NULL, "null");
  static final JsonScalar TRUE = new JsonScalar(Kind.BOOLEAN, "true");
  static final JsonScalar FALSE = new JsonScalar(Kind.BOOLEAN, "false");

  /** A JSON object that is not a name ({@code {"domain": "bbc.co.uk"}}): no text, unknown. */
  static JsonScalar object(String json) {
    return new JsonScalar(Kind.OBJECT, json);
  }

  static JsonScalar number(String text) {
    return new JsonScalar(Kind.NUMBER, text);
  }

  /**
   * A field's value as metadata or id text: a string as it is, {@code null} as null (unknown,
   * an empty cell), a number or boolean as written ({@code 42} stays {@code "42"}).
   */
  static String asText(Object value) {
    if (value instanceof JsonScalar s) {
      return s.kind == Kind.NULL || s.kind == Kind.OBJECT ? null : s.text;
    }
    return (String) value;
  }

  /** What a text field holding this is, for a bad record's message. */
  String describe() {
    return switch (kind) {
      case NULL -> "is null";
      case NUMBER -> "holds a number (" + (text.length() > 40 ? text.substring(0, 40) + "..."
          : text) + "), not text";
      case BOOLEAN -> "holds a boolean (" + text + "), not text";
      case OBJECT -> "holds a JSON object (" + (text.length() > 40 ? text.substring(0, 40)
          + "..." : text) + "), not text";
    };
  }
}

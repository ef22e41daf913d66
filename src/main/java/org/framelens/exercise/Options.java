package org.framelens.exercise;

import java.util.Objects;

/**
 * What the teacher asked for.
 *
 * @param kind    the kind of exercise
 * @param level   basic or advanced
 * @param count   how many items; 0 for the kind's default ({@link #items()})
 * @param seed    seeds the selection: same inputs and seed, same exercise
 * @param title   the worksheet's title; empty for the kind's default
 * @param article for {@code sources}: the article id to use; empty to let the tool choose
 */
public record Options(Kind kind, Level level, int count, long seed, String title,
    String article) {

  public Options {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(level);
    if (count < 0) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    title = title == null ? "" : title.strip();
    article = article == null ? "" : article.strip();
  }

  public static Options defaults(Kind kind) {
    return new Options(kind, Level.BASIC, 0, 1, "", "");
  }

  /** The number of items to select: {@code count}, or the kind and level's default. */
  public int items() {
    if (count > 0) {
      return count;
    }
    return switch (kind) {
      case SPOT -> level == Level.BASIC ? 8 : 12;
      case COMPARE -> level == Level.BASIC ? 5 : 8;
      case SOURCES -> level == Level.BASIC ? 15 : 25;
    };
  }

  /** The title, or the kind's default title. */
  public String titleOrDefault() {
    if (!title.isEmpty()) {
      return title;
    }
    return switch (kind) {
      case SPOT -> "Spot the framing";
      case COMPARE -> "Same fact, different framing";
      case SOURCES -> "Who says so?";
    };
  }
}

package org.framelens.exercise;

import java.util.List;

/**
 * A finished exercise: the options it was made with, its items, and notes for the teacher (for
 * instance, fewer items than asked for).
 */
public record Exercise(Options options, List<Item> items, List<String> notes) {

  public Exercise {
    items = List.copyOf(items);
    notes = List.copyOf(notes);
  }

  public String title() {
    return options.titleOrDefault();
  }
}

package org.framelens.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Sixty articles that single link chains into one event group of more than
 * {@link Alignment#MAX_GROUP}: thirty events (a town council approves a building), each told by
 * outlets Alpha ("a7") and Beta ("b7") on one day, four days after the one before, every article
 * ending with the same two sentences of council routine; and one undated copy of the first event's
 * Alpha article from Gamma ("u").
 */
public final class ChainedEvents {

  /** What each event's council approves, and the town. */
  public static final String[][] EVENTS = {
      {"library", "Ashford"}, {"bridge", "Bexley"}, {"stadium", "Carlow"}, {"hospital", "Dunmore"},
      {"airport", "Elmstead"}, {"tramway", "Fenwick"}, {"museum", "Garston"}, {"harbour", "Holt"},
      {"reservoir", "Ilford"}, {"cathedral", "Jarrow"}, {"orchestra", "Kendal"},
      {"university", "Ludlow"}, {"railway", "Marlow"}, {"prison", "Newark"}, {"zoo", "Oakham"},
      {"cemetery", "Penrith"}, {"aquarium", "Quorn"}, {"racecourse", "Ripon"},
      {"lighthouse", "Selby"}, {"monastery", "Thirsk"}, {"observatory", "Ulverston"},
      {"brewery", "Ventnor"}, {"vineyard", "Wetherby"}, {"shipyard", "Yarm"},
      {"planetarium", "Alnwick"}, {"velodrome", "Brigg"}, {"marina", "Cromer"},
      {"orphanage", "Diss"}, {"greenhouse", "Eyam"}, {"ferry", "Frome"}};

  private ChainedEvents() {
  }

  /** Writes the articles to {@code file} (JSON lines) and returns it. */
  public static Path write(Path file) throws IOException {
    StringBuilder jsonl = new StringBuilder();
    String routine = " The council meets every month in the town hall. Members of the public "
        + "may attend the meeting and ask questions.";
    LocalDate day = LocalDate.of(2021, 3, 1);
    for (int k = 0; k < EVENTS.length; k++) {
      String thing = EVENTS[k][0];
      String town = EVENTS[k][1];
      String date = day.plusDays(4L * k).toString();
      jsonl.append("{\"id\": \"a").append(k).append("\", \"source\": \"Alpha\", \"date\": \"")
          .append(date).append("\", \"text\": \"The ").append(town).append(" council approved "
              + "the new ").append(thing).append(" on Monday after a long debate.").append(routine)
          .append("\"}\n");
      jsonl.append("{\"id\": \"b").append(k).append("\", \"source\": \"Beta\", \"date\": \"")
          .append(date).append("\", \"text\": \"Councillors in ").append(town)
          .append(" voted on Monday to approve the ").append(thing).append(", ending a long "
              + "debate.").append(routine).append("\"}\n");
    }
    jsonl.append("{\"id\": \"u\", \"source\": \"Gamma\", \"text\": \"The Ashford council "
        + "approved the new library on Monday after a long debate.").append(routine)
        .append("\"}\n");
    return Files.writeString(file, jsonl);
  }
}

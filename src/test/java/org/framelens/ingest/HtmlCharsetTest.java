package org.framelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An HTML page in a legacy charset it declares ({@code <meta charset="iso-8859-2">}) is read in
 * that charset; before, every page that was not UTF-8 was read as Windows-1252, so "Łukasz
 * Wróbel" in ISO-8859-2 came out as "£ukasz Wróbel" and Cyrillic as accented Latin letters.
 */
class HtmlCharsetTest {

  @TempDir
  Path tmp;

  private static byte[] page(String meta, String body, Charset cs) {
    return ("<html><head>" + meta + "<title>Talks</title></head><body><p>" + body
        + "</p></body></html>").getBytes(cs);
  }

  @Test
  void aDeclaredLegacyCharsetIsUsed() throws BadInputException {
    String body = "Minister Łukasz Wróbel said the talks in Gdańsk would resume on Monday.";
    TextDecoder.Decoded d = TextDecoder.decodeHtml(page("<meta charset=\"iso-8859-2\">", body,
        Charset.forName("ISO-8859-2")));
    assertEquals("ISO-8859-2 (declared)", d.encoding());
    assertEquals("", d.warning());
    assertTrue(d.text().contains(body), d.text());
    String russian = "Minister Sergei Lavrov said: \"Переговоры продолжатся\".";
    TextDecoder.Decoded k = TextDecoder.decodeHtml(page("<meta http-equiv=\"Content-Type\" "
        + "content=\"text/html; charset=koi8-r\">", russian, Charset.forName("KOI8-R")));
    assertEquals("KOI8-R (declared)", k.encoding());
    assertTrue(k.text().contains(russian), k.text());
  }

  @Test
  void validUtf8WinsOverTheDeclarationAndAMisfitIsNamed() throws BadInputException {
    String body = "Talks in Gdańsk resumed.";
    TextDecoder.Decoded u = TextDecoder.decodeHtml(page("<meta charset=\"windows-1251\">", body,
        StandardCharsets.UTF_8));
    assertEquals("UTF-8", u.encoding());
    assertTrue(u.text().contains(body));
    TextDecoder.Decoded latin = TextDecoder.decodeHtml(page("<meta charset=\"utf-8\">",
        "Caf\u00e9 talks resumed.", StandardCharsets.ISO_8859_1));
    assertEquals("windows-1252", latin.encoding());
    assertTrue(latin.text().contains("Caf\u00e9 talks"), latin.text());
    TextDecoder.Decoded unknown = TextDecoder.decodeHtml(page("<meta charset=\"x-nonsense-9\">",
        "Caf\u00e9 talks resumed.", StandardCharsets.ISO_8859_1));
    assertTrue(unknown.warning().endsWith("(the page declares charset x-nonsense-9, which is not "
        + "known)"), unknown.warning());
    TextDecoder.Decoded utf16 = TextDecoder.decodeHtml(page("<meta charset=\"utf-16\">",
        "Caf\u00e9 talks resumed.", StandardCharsets.ISO_8859_1));
    assertEquals("windows-1252", utf16.encoding(), "a charset that is not ASCII-based is ignored");
  }

  @Test
  void theManifestNamesTheDeclaredCharset() throws IOException {
    Path f = tmp.resolve("p.html");
    Files.write(f, page("<meta charset=\"windows-1250\">", "Minister Łukasz Wróbel spoke in "
        + "Gdańsk on Monday about the talks.", Charset.forName("windows-1250")));
    List<Article> articles = new ArrayList<>();
    List<InputReport> r = new Ingestor(IngestOptions.defaults()).read(List.of(f.toString()),
        articles::add);
    assertEquals("windows-1250 (declared)", r.get(0).encoding());
    assertEquals("", r.get(0).reason());
    assertTrue(articles.get(0).text().contains("Łukasz Wróbel"), articles.get(0).text());
  }
}

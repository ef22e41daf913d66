package org.framelens.ingest;

/**
 * One input file handed to a format reader.
 *
 * @param displayPath the path as the user sees it (relative to the working directory if given so)
 * @param idBase      the article id for a whole-file article, and the prefix of record ids
 * @param text        the decoded text
 */
record SourceFile(String displayPath, String idBase, String text) {
}

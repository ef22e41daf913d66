package org.framelens.cli;

import picocli.CommandLine;

/** The version from the jar manifest ({@code Implementation-Version}). */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"FrameLens " + (v == null ? "(development build)" : v),
        "Java " + System.getProperty("java.version")};
  }
}

package dev.newsroom.benchmarks.load;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The classpath of this JVM as a list of files, for child processes: under Surefire/Failsafe the JVM runs
 * from a manifest-only booter jar whose Class-Path names the real entries.
 */
final class Classpath {

  private Classpath() {}

  static String current() {
    String explicit = System.getProperty("newsroom.harness.classpath");
    if (explicit != null && !explicit.isBlank()) {
      return explicit;
    }
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
        entries.addAll(manifestClassPath(Path.of(entry)));
      } else {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static List<String> manifestClassPath(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      String classPath = file.getManifest().getMainAttributes().getValue("Class-Path");
      List<String> entries = new ArrayList<>();
      for (String url : classPath.trim().split("\\s+")) {
        entries.add(url.startsWith("file:") ? Path.of(URI.create(url)).toString()
            : jar.toAbsolutePath().getParent().resolve(java.net.URLDecoder.decode(url,
                java.nio.charset.StandardCharsets.UTF_8)).normalize().toString());
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the booter jar " + jar, e);
    }
  }
}

package dev.newsroom.app;

import dev.newsroom.app.inspect.PublishedSchemas;
import dev.newsroom.app.inspect.PublishedSchemas.Published;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "schemas", mixinStandardHelpOptions = true,
    description = {"Prints the Avro schemas of the topics' values, each with its fingerprint, for subscribers.",
        "Each schema is whole (the named types it uses are written inside it). Every record starts with the "
            + "single-object header: c3 01 and the schema's CRC-64-AVRO fingerprint, little-endian.",
        "No schema registry is needed, or run: a reader keeps these files and picks the schema by fingerprint."})
final class SchemasCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "Print only this schema's JSON, e.g. Alert.")
  String name;

  @Option(names = "--list", description = "One line per schema: file, fingerprint, header bytes, topics.")
  boolean list;

  @Option(names = "--out", paramLabel = "DIR", description = "Write every schema as DIR/<file>.avsc and "
      + "DIR/fingerprints.txt instead of printing them.")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter print = spec.commandLine().getOut();
    List<Published> schemas = PublishedSchemas.all();
    if (name != null) {
      String wanted = name.strip().replaceFirst("\\.avsc$", "");
      Published one = schemas.stream().filter(s -> s.schema().getName().equalsIgnoreCase(wanted)
          || s.schema().getFullName().equalsIgnoreCase(wanted)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no schema '" + name + "'; there are "
              + schemas.stream().map(s -> s.schema().getName()).toList()));
      print.println(one.schema().toString(true));
    } else if (out != null) {
      StringBuilder fingerprints = new StringBuilder();
      for (Published schema : schemas) {
        Path file = out.resolve(schema.file());
        Files.createDirectories(file.getParent());
        Files.writeString(file, schema.schema().toString(true) + "\n", StandardCharsets.UTF_8);
        fingerprints.append(line(schema)).append('\n');
        print.println("wrote " + file + "  fingerprint " + schema.fingerprintHex());
      }
      Files.writeString(out.resolve("fingerprints.txt"), fingerprints, StandardCharsets.UTF_8);
      print.println("wrote " + out.resolve("fingerprints.txt"));
    } else {
      for (Published schema : schemas) {
        if (list) {
          print.println(line(schema));
        } else {
          print.println("// " + line(schema));
          print.println(schema.schema().toString(true));
        }
      }
    }
    print.flush();
    return 0;
  }

  private static String line(Published schema) {
    return schema.file() + "  fingerprint " + schema.fingerprintHex() + "  header " + schema.headerHex()
        + "  topics " + String.join(", ", schema.topics());
  }
}

package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.newsroom.avro.Alert;
import dev.newsroom.schemas.Contracts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.SchemaStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsroom schemas}, and the README's subscribers decoding a record with only the files it writes. */
class SchemasCommandTest {

  @TempDir
  Path dir;

  private byte[] alertRecord() {
    return Contracts.ALERT.encode(SampleAlerts.alert("upg-subscriber-1", 2, "JP", "KH"));
  }

  @Test
  void shouldWriteEverySchemaWholeWithTheFingerprintThatStartsItsRecords() throws IOException {
    Cli result = Cli.run("schemas", "--out", dir.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("wrote " + dir.resolve("Alert.avsc"), "delivery/ParkedDelivery.avsc");
    Schema alert = new Schema.Parser().parse(dir.resolve("Alert.avsc").toFile()); // whole: no other file needed
    assertThat(alert).isEqualTo(Alert.getClassSchema());
    String fingerprint = String.format("%016x", SchemaNormalization.parsingFingerprint64(alert));
    assertThat(Files.readString(dir.resolve("fingerprints.txt")))
        .contains("Alert.avsc  fingerprint " + fingerprint + "  header c3 01 ").contains("topics newsroom.alerts\n");
    assertThat(HexFormat.of().formatHex(alertRecord(), 0, 2)).isEqualTo("c301");
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(f -> f.toString().endsWith(".avsc")).count()).isEqualTo(9);
    }
    assertThat(Cli.run("schemas", "--list").out().lines()).hasSize(9);
    assertThat(Cli.run("schemas", "ParkedDelivery").out()).contains("\"name\" : \"ParkedDelivery\"");
  }

  /** The README's Java subscriber: plain Avro, the schema file, nothing of Newsroom's. */
  @Test
  void shouldLetAJavaSubscriberDecodeARecordWithTheWrittenSchemaAlone() throws IOException {
    Cli.run("schemas", "--out", dir.toString());
    byte[] value = alertRecord();

    Schema schema = new Schema.Parser().parse(dir.resolve("Alert.avsc").toFile());
    SchemaStore.Cache known = new SchemaStore.Cache(); // add older versions here to read their records too
    known.addSchema(schema);
    BinaryMessageDecoder<GenericRecord> decoder = new BinaryMessageDecoder<>(GenericData.get(), schema, known);
    GenericRecord alert = decoder.decode(value);

    assertThat(alert.get("alertId")).hasToString("upg-subscriber-1");
    assertThat(alert.get("stage")).hasToString("AGREED");
  }

  /** The README's Python subscriber, run as written, where Python's {@code avro} package is installed. */
  @Test
  void shouldLetThePythonSubscriberOfTheReadmeDecodeARecord() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    assumeThat(Files.isExecutable(python)).as("python3").isTrue();
    Process probe = new ProcessBuilder(python.toString(), "-c", "import avro.io").start();
    assumeThat(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0).as("Python's avro package").isTrue();
    Matcher code = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(Path.of("..", "README.md")));
    assertThat(code.find()).as("a Python example in the README").isTrue();
    Cli.run("schemas", "--out", dir.resolve("schemas").toString());
    Files.write(dir.resolve("record.bin"), alertRecord());
    Path script = Files.writeString(dir.resolve("subscriber.py"), code.group(1)
        + "\nimport sys\nprint(decode(open(sys.argv[1], 'rb').read())['alertId'])\n");

    Process run = new ProcessBuilder(python.toString(), script.toString(), "record.bin").directory(dir.toFile())
        .redirectErrorStream(true).start();
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(run.exitValue()).as(out).isZero();
    assertThat(out.strip()).isEqualTo("upg-subscriber-1");
  }
}
